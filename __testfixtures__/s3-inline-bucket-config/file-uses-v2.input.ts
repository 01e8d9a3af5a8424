import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

// this file already writes v6 names: the new resources follow it
const auditBucket = new aws.s3.BucketV2(`audit-${environmentSuffix}`, {});
new aws.s3.BucketVersioningV2(`audit-versioning-${environmentSuffix}`, {
  bucket: auditBucket.id,
  versioningConfiguration: { status: "Enabled" },
});

const reportsBucket = new aws.s3.BucketV2(`reports-${environmentSuffix}`, {
  versionings: [{ enabled: true }],
  forceDestroy: true,
});

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const primaryBucket = new aws.s3.Bucket(`primary-backup-bucket-${environmentSuffix}`, {});

const primaryBucketVersioning = new aws.s3.BucketVersioningV2(`primary-backup-bucket-${environmentSuffix}-versioning`, {
  bucket: primaryBucket.id,
  versioningConfiguration: { status: "Enabled" },
});

const primaryBucketLifecycle = new aws.s3.BucketLifecycleConfigurationV2(`primary-backup-bucket-${environmentSuffix}-lifecycle`, {
  bucket: primaryBucket.id,
  rules: [
    {
      id: "rule-1",
      status: "Enabled",
      filter: { prefix: "" },
      expiration: { days: 7 },
    },
  ],
});

export const primaryBucketName = primaryBucket.bucket;

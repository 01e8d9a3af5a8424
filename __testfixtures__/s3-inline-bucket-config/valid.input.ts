import * as aws from "@pulumi/aws";

const bucket = new aws.s3.Bucket("data", { forceDestroy: true, tags: { team: "data" } });

new aws.s3.BucketVersioning("data-versioning", {
  bucket: bucket.id,
  versioningConfiguration: { status: "Enabled" },
});

new aws.s3.BucketLifecycleConfiguration("data-lifecycle", {
  bucket: bucket.id,
  rules: [{ id: "expire", status: "Enabled", filter: {}, expiration: { days: 30 } }],
});

import * as aws from "@pulumi/aws";

const current = aws.getCallerIdentityOutput();
const region = aws.config.region;

// Explicit names that already follow the S3 rules
const logs = new aws.s3.Bucket("logs", { bucket: "acme-logs.prod-01" });
new aws.s3.Bucket("archive", { bucket: `archive-${region}-${current.accountId}` });
new aws.s3.BucketV2("regional", { bucket: "analytics-111122223333-us-west-2-an" });
new aws.s3.BucketPolicy("logs-policy", { bucket: logs.bucket, policy: "{}" });

// Auto-named: Pulumi lowercases CamelCase logical names itself
new aws.s3.Bucket("MyLogsBucket", { forceDestroy: true });
new aws.s3.BucketV2("StaticAssets");

// Directory buckets follow other rules
new aws.s3.DirectoryBucket("express", {
  bucket: "fast-data--usw2-az1--x-s3",
  location: { name: "usw2-az1" },
});

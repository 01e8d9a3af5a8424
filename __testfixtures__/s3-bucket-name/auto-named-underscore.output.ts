import { s3 } from "@pulumi/aws";

// No explicit bucket name: Pulumi derives one from the logical name
const logsBucket = new s3.Bucket("my-logs-bucket");

new s3.BucketV2("backups", {
  forceDestroy: true,
});

export const logsBucketName = logsBucket.bucket;

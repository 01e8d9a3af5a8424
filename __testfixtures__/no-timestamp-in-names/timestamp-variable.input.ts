import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const projectName = "webapp";
const timestamp = Date.now();

const assetsBucket = new aws.s3.Bucket(`${projectName}-assets`, {
  bucket: `${projectName}-assets-${timestamp}`,
});

const backupBucket = new aws.s3.Bucket(`${projectName}-backups`, {
  bucket: `${projectName}-backups-${timestamp}`,
  versioning: { enabled: true },
});

export const assetsBucketName = assetsBucket.id;
export const backupBucketName = backupBucket.id;

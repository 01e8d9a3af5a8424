import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const projectName = "webapp";

const assetsBucket = new aws.s3.Bucket(`${projectName}-assets`, {
  bucket: `${projectName}-assets`,
});

const backupBucket = new aws.s3.Bucket(`${projectName}-backups`, {
  bucket: `${projectName}-backups`,
  versioning: { enabled: true },
});

export const assetsBucketName = assetsBucket.id;
export const backupBucketName = backupBucket.id;

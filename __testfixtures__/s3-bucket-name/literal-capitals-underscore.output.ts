import * as aws from "@pulumi/aws";

// Raw data lands here before processing
const dataBucket = new aws.s3.Bucket("data-bucket", {
  bucket: "my-data-bucket",
  forceDestroy: true,
  tags: { Environment: "dev" },
});

const assets = new aws.s3.BucketV2("assets", {
  bucket: "company-assets",
});

export const dataBucketName = dataBucket.bucket;
export const assetsBucketName = assets.bucket;

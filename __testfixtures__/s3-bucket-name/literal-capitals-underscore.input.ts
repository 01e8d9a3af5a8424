import * as aws from "@pulumi/aws";

// Raw data lands here before processing
const dataBucket = new aws.s3.Bucket("data-bucket", {
  bucket: "My_Data_Bucket",
  forceDestroy: true,
  tags: { Environment: "dev" },
});

const assets = new aws.s3.BucketV2("assets", {
  bucket: "Company Assets..",
});

export const dataBucketName = dataBucket.bucket;
export const assetsBucketName = assets.bucket;

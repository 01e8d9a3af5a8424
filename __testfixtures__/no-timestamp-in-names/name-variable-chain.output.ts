import * as aws from "@pulumi/aws";

const sanitizedName = "media-platform";
// Generate unique bucket names
const albBucketName = `${sanitizedName}-alb-logs`;
const cloudFrontBucketName = `${sanitizedName}-cf-logs`;

const albLogsBucket = new aws.s3.Bucket("alb-logs", {
  bucket: albBucketName,
  forceDestroy: true,
});

const cfLogsBucket = new aws.s3.Bucket("cf-logs", {
  bucket: cloudFrontBucketName,
  forceDestroy: true,
});

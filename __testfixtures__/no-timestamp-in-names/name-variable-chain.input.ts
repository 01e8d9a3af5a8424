import * as aws from "@pulumi/aws";

const sanitizedName = "media-platform";
// Generate unique bucket names
const timestamp = Date.now().toString();
const albBucketName = `${sanitizedName}-alb-logs-${timestamp}`;
const cloudFrontBucketName = `${sanitizedName}-cf-logs-${timestamp}`;

const albLogsBucket = new aws.s3.Bucket("alb-logs", {
  bucket: albBucketName,
  forceDestroy: true,
});

const cfLogsBucket = new aws.s3.Bucket("cf-logs", {
  bucket: cloudFrontBucketName,
  forceDestroy: true,
});

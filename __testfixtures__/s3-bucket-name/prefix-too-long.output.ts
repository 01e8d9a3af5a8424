import * as aws from "@pulumi/aws";

new aws.s3.Bucket("uploads", {
  bucketPrefix: "customer-uploads-processing-staging-a",
  forceDestroy: true,
});

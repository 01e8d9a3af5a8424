import * as aws from "@pulumi/aws";

new aws.s3.Bucket("uploads", {
  bucketPrefix: "Customer_Uploads-Processing-Staging-Area-",
  forceDestroy: true,
});

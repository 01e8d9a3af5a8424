import * as aws from "@pulumi/aws";

const bucket = new aws.s3.BucketV2("reports", { forceDestroy: true });

new aws.s3.BucketServerSideEncryptionConfigurationV2("reports-encryption", {
  bucket: bucket.id,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" }, bucketKeyEnabled: false }],
});

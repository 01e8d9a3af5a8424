import * as aws from "@pulumi/aws";

const logs = new aws.s3.BucketV2("logs");
const data = new aws.s3.BucketV2("data");
const named = new aws.s3.BucketV2("named", { bucket: "acme-named-bucket" });
const inline = new aws.s3.Bucket("inline", {
  serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
});

new aws.s3.BucketServerSideEncryptionConfigurationV2("logs-sse", {
  bucket: logs.id,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});
new aws.s3.BucketServerSideEncryptionConfigurationV2("data-sse", {
  bucket: data.bucket,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }],
});
new aws.s3.BucketServerSideEncryptionConfigurationV2("named-sse", {
  bucket: "acme-named-bucket",
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});

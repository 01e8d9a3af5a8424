import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("uploads-key", { enableKeyRotation: true });

new aws.s3.Bucket("uploads", {
  serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.id } } },
}, { provider: usEast1 });

import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("uploads-key", { enableKeyRotation: true });

const bucket = new aws.s3.Bucket("uploads", {}, { provider: usEast1 });

const bucketEncryption = new aws.s3.BucketServerSideEncryptionConfigurationV2("uploads-encryption", {
  bucket: bucket.id,
  rules: [
    {
      applyServerSideEncryptionByDefault: {
        sseAlgorithm: "aws:kms",
        kmsMasterKeyId: key.id,
      },
    },
  ],
}, { provider: usEast1 });

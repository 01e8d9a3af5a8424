import * as aws from "@pulumi/aws";

// one args object for two buckets: moving its encryption for one would strip it from the other
const encryptedBucketArgs: aws.s3.BucketArgs = {
  forceDestroy: true,
  serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
};

export const rawBucket = new aws.s3.Bucket("raw", encryptedBucketArgs);
export const curatedBucket = new aws.s3.Bucket("curated", encryptedBucketArgs);

import * as aws from "@pulumi/aws";

const raw = new aws.s3.Bucket("raw");
const curated = new aws.s3.Bucket("curated");

// a helper encrypts buckets the file cannot pair with its resources: no finding at all
for (const [name, bucket] of Object.entries({ raw, curated })) {
  new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-sse`, {
    bucket: bucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
  });
}

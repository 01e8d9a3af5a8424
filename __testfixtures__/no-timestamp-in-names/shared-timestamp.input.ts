import * as aws from "@pulumi/aws";

const timestamp = Date.now();

// The bucket name is rebuilt in the policy from the same timestamp: dropping it
// from the bucket alone would point the policy at another bucket, so this is reported only.
const bucket = new aws.s3.Bucket("uploads", {
  bucket: `uploads-${timestamp}`,  // iacfix-expect: stableNameNeeded
});

const policy = new aws.iam.Policy("uploads-write", {
  policy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "s3:PutObject", Resource: `arn:aws:s3:::uploads-${timestamp}/*` }],
  }),
});

import * as aws from "@pulumi/aws";

const bucketName = "reports-bucket";

const reports = new aws.s3.Bucket("reports", {
  bucket: bucketName,
});

new aws.s3.BucketPolicy("reports-policy", {
  bucket: reports.id,
  policy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: `arn:aws:s3:::${bucketName}/*`, Condition: { Bool: { "aws:SecureTransport": "false" } } }],
  }),
});

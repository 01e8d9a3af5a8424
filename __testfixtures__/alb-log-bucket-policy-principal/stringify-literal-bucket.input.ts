import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const bucketName = "acme-alb-logs-prod";

const logs = new aws.s3.Bucket("alb-logs", { bucket: bucketName });

new aws.s3.BucketPolicy("alb-logs-policy", {
  bucket: logs.id,
  policy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowELBLogs",
        Effect: "Allow",
        Principal: { Service: "elasticloadbalancing.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: `arn:aws:s3:::${bucketName}/*`,
      },
    ],
  }),
});

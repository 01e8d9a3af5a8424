import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const logs = new aws.s3.Bucket("lb-logs");

new aws.s3.BucketPolicy("lb-logs-policy", {
  bucket: logs.id,
  policy: pulumi.all([logs.arn, logs.bucket]).apply((values) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Sid: "AlbLogs", Effect: "Allow", Principal: { Service: "elasticloadbalancing.amazonaws.com" }, Action: "s3:PutObject", Resource: `${values[0]}/alb/AWSLogs/*` },
      { Sid: "ClbLogs", Effect: "Allow", Principal: { AWS: ["arn:aws:iam::127311923021:root"] }, Action: "s3:Put*", Resource: `${values[0]}/clb/AWSLogs/*` },
      { Sid: "AclCheck", Effect: "Allow", Principal: { Service: "elasticloadbalancing.amazonaws.com" }, Action: "s3:GetBucketAcl", Resource: values[0] },
    ],
  })),
});

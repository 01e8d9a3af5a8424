import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const logs = new aws.s3.Bucket("lb-logs");

new aws.s3.BucketPolicy("lb-logs-policy", {
  bucket: logs.id,
  policy: pulumi.all([logs.arn, logs.bucket, aws.elb.getServiceAccount({})]).apply((values) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Sid: "AlbLogs", Effect: "Allow", Principal: { AWS: values[2].arn }, Action: "s3:PutObject", Resource: `${values[0]}/alb/AWSLogs/*` },
      { Sid: "AlbLogsServicePrincipal", Effect: "Allow", Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" }, Action: "s3:PutObject", Resource: `${values[0]}/alb/AWSLogs/*` },
      { Sid: "ClbLogs", Effect: "Allow", Principal: { AWS: values[2].arn }, Action: "s3:Put*", Resource: `${values[0]}/clb/AWSLogs/*` },
      { Sid: "ClbLogsServicePrincipal", Effect: "Allow", Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" }, Action: "s3:Put*", Resource: `${values[0]}/clb/AWSLogs/*` },
      { Sid: "AclCheck", Effect: "Allow", Principal: { Service: "elasticloadbalancing.amazonaws.com" }, Action: "s3:GetBucketAcl", Resource: values[0] },
    ],
  })),
});

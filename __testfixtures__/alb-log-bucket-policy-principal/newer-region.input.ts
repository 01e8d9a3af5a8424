import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const melbourne = new aws.Provider("melbourne", { region: "ap-southeast-4" });

const logsBucket = new aws.s3.Bucket("alb-logs", {}, { provider: melbourne });

const logsPolicy = new aws.s3.BucketPolicy("alb-logs-policy", {
  bucket: logsBucket.id,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::127311923021:root" },
        Action: "s3:PutObject",
        Resource: pulumi.interpolate`${logsBucket.arn}/AWSLogs/*`,
      },
    ],
  }),
}, { provider: melbourne });

new aws.lb.LoadBalancer("web-alb", {
  subnets: ["subnet-1", "subnet-2"],
  accessLogs: { bucket: logsBucket.bucket, enabled: true },
}, { provider: melbourne, dependsOn: [logsPolicy] });

import * as aws from "@pulumi/aws";

const nlbLogs = new aws.s3.Bucket("nlb-logs");

new aws.s3.BucketPolicy("nlb-logs-policy", {
  bucket: nlbLogs.id,
  policy: nlbLogs.arn.apply((arn) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [{
      Effect: "Allow",
      Principal: { Service: "elasticloadbalancing.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `${arn}/*`,
    }],
  })),
});

new aws.lb.LoadBalancer("tcp-nlb", {
  loadBalancerType: "network",
  subnets: ["subnet-1"],
  accessLogs: { bucket: nlbLogs.bucket, enabled: true },
});

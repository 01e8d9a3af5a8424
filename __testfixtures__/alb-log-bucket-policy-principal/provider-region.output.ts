import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const oregon = new aws.Provider("oregon", { region: "us-west-2" });

const logsBucket = new aws.s3.BucketV2(`alb-logs-${environmentSuffix}`, {}, { provider: oregon });

const logsPolicy = new aws.s3.BucketPolicy(`alb-logs-policy-${environmentSuffix}`, {
  bucket: logsBucket.id,
  policy: pulumi.all([logsBucket.arn, aws.elb.getServiceAccount({ region: "us-west-2" })]).apply(([arn, elbAccount]) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [{
      Effect: "Allow",
      Principal: { AWS: elbAccount.arn },
      Action: ["s3:PutObject"],
      Resource: `${arn}/AWSLogs/*`,
    }],
  })),
}, { provider: oregon });

new aws.lb.LoadBalancer(`web-alb-${environmentSuffix}`, {
  subnets: ["subnet-1", "subnet-2"],
  accessLogs: { bucket: logsBucket.bucket, prefix: "web", enabled: true },
}, { provider: oregon, dependsOn: [logsPolicy] });

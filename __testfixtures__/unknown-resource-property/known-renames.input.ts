import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const cpuAlarm = new aws.cloudwatch.MetricAlarm(`cpu-high-${environmentSuffix}`, {
  alarmName: `cpu-high-${environmentSuffix}`,
  description: "CPU above 80% for 10 minutes",
  comparisonOperator: "GreaterThanThreshold",
  evaluationPeriods: 2,
  metricName: "CPUUtilization",
  namespace: "AWS/EC2",
  period: 300,
  statistic: "Average",
  threshold: 80,
});

const natEip = new aws.ec2.Eip(`nat-eip-${environmentSuffix}`, {
  vpc: true,
  tags: { Name: `nat-eip-${environmentSuffix}` },
});

const pipeline = new aws.codepipeline.Pipeline(`pipeline-${environmentSuffix}`, {
  roleArn: pipelineRole.arn,
  artifactStore: {
    location: artifactBucket.bucket,
    type: "S3",
  },
  stages: [],
});

const getMethod = new aws.apigateway.Method(`get-items-${environmentSuffix}`, {
  restApiId: api.id,
  resourceId: itemsResource.id,
  httpMethod: "GET",
  authorization: "NONE",
});

const replication = new aws.s3.BucketReplicationConfig(`replication-${environmentSuffix}`, {
  role: replicationRole.arn,
  bucket: primaryBucket.id,
  rules: [
    {
      id: "replicate-all",
      status: "Enabled",
      destination: {
        bucket: secondaryBucket.arn,
        replicaKmsKeyId: undefined,
        storageClass: "STANDARD",
      },
    },
  ],
});

const webAcl = new aws.wafv2.WebAcl(`web-acl-${environmentSuffix}`, {
  scope: "REGIONAL",
  defaultAction: { allow: {} },
  visibilityConfig: {
    cloudWatchMetricsEnabled: true,
    metricName: "webAcl",
    sampledRequestsEnabled: true,
  },
});

const bastion = new aws.ec2.Instance(`bastion-${environmentSuffix}`, {
  ami: amiId,
  instanceType: "t3.micro",
  cpuCoreCount: 1, // iacfix-expect: removedArgument
});

const invokeConfig = new aws.lambda.FunctionEventInvokeConfig(`invoke-${environmentSuffix}`, {
  functionName: worker.name,
  maximumEventAge: 3600, // iacfix-expect: unknownArgument
});

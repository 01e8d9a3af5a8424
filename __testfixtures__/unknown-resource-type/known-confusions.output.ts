import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const replication = new aws.s3.BucketReplicationConfig(`replication-${environmentSuffix}`, {
  bucket: sourceBucket.id,
  role: replicationRole.arn,
  rules: [{ id: "all", status: "Enabled", destination: { bucket: replicaBucket.arn } }],
});

const appLogs = new aws.cloudwatch.LogGroup(`app-logs-${environmentSuffix}`, {
  retentionInDays: 14,
});

const errorFilter = new aws.cloudwatch.LogMetricFilter(`error-filter-${environmentSuffix}`, {
  logGroupName: appLogs.name,
  pattern: "ERROR",
  metricTransformation: { name: "Errors", namespace: "App", value: "1" },
});

const apiPermission = new aws.lambda.Permission(`api-invoke-${environmentSuffix}`, {
  action: "lambda:InvokeFunction",
  function: handler.name,
  principal: "apigateway.amazonaws.com",
});

const worker = new aws.lambda.Function(`worker-${environmentSuffix}`, {
  runtime: aws.lambda.Runtime.NodeJS20dX,
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./app"),
});

// iacfix-expect: unknownName
const version = new aws.lambda.FunctionVersion(`worker-version-${environmentSuffix}`, {
  functionName: worker.name,
});

const client = new aws.sdk.S3(); // iacfix-expect: unknownModule

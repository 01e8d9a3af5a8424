import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";
const region = aws.getRegionOutput();

const flowLogs = new aws.s3.Bucket("flow-logs", {
  bucket: pulumi.interpolate`payment-flow-logs-${environmentSuffix}-${region.name}`,
});

const fn = new aws.lambda.Function("api-handler", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: code,
});

const api = new aws.apigateway.RestApi("api", { name: `api-${environmentSuffix}` });

new aws.lambda.Permission("api-invoke", {
  action: "lambda:InvokeFunction",
  function: fn.name,
  principal: "apigateway.amazonaws.com",
  sourceArn: pulumi.interpolate`${api.executionArn}/*/*`,
});

new aws.cloudwatch.LogGroup("api-handler-logs", {
  name: pulumi.concat("/aws/lambda/", fn.name),
  retentionInDays: 14,
});

import * as aws from "@pulumi/aws";

const api = new aws.lambda.Function("api", {
  runtime: aws.lambda.Runtime.NodeJS22dX,
  handler: "index.handler",
  role: role.arn,
  code: code,
});

const legacy = new aws.lambda.Function("legacy", {
  runtime: "dotnet8", // iacfix-expect: noTarget
  handler: "Legacy::Legacy.Function::Handler",
  role: role.arn,
  code: code,
});

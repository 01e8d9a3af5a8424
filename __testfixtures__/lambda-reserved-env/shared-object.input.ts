import * as aws from "@pulumi/aws";

const commonEnv = {
  STAGE: stage,
  AWS_REGION: region, // iacfix-expect: sharedObject
};

const api = new aws.lambda.Function("api", {
  runtime: "nodejs22.x",
  handler: "api.handler",
  role: role.arn,
  code: code,
  environment: { variables: commonEnv },
});

const worker = new aws.lambda.Function("worker", {
  runtime: "nodejs22.x",
  handler: "worker.handler",
  role: role.arn,
  code: code,
  environment: { variables: commonEnv },
});

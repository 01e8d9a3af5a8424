import * as aws from "@pulumi/aws";

const invokeConfig = new aws.lambda.FunctionEventInvokeConfig("invoke", {
  functionName: worker.name,
  maximumEventAge: 3600,
  maximumRetryAttempts: 1,
});

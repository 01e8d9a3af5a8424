import * as aws from "@pulumi/aws";

const invokeConfig = new aws.lambda.FunctionEventInvokeConfig("invoke", {
  functionName: worker.name,
  maximumRetryAttempts: 1,
});

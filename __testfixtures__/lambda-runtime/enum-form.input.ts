import * as aws from "@pulumi/aws";

const api = new aws.lambda.Function("api", {
  runtime: aws.lambda.Runtime.NodeJS18dX,
  handler: "index.handler",
  role: role.arn,
  code: code,
});

const etl = new aws.lambda.Function("etl", {
  runtime: aws.lambda.Runtime.Python3d9,
  handler: "etl.handler",
  role: role.arn,
  code: code,
});

import * as aws from "@pulumi/aws";

const fn = new aws.lambda.Function("processor", {
  runtime: "nodejs20.x", // iacfix-expect: upgrade
  handler: "index.handler",
  role: role.arn,
  code: code,
});

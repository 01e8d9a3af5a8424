import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export const fn = new aws.lambda.Function("processor", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./lambda"),
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// JavaScript written with `import` runs as an ES module, which has no __dirname
export const fn = new aws.lambda.Function("fn", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./lib/lambda"),
});

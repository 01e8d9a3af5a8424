import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// the entry point of a project without `main` runs in its own folder
const fn = new aws.lambda.Function("fn", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./lambda"),
});

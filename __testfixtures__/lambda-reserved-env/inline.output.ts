import * as aws from "@pulumi/aws";

const fn = new aws.lambda.Function("reporter", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./lambda"),
  environment: { variables: { BUCKET: bucket.id } },
});

const only = new aws.lambda.Function("only-reserved", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./lambda"),
  environment: { variables: {} },
});

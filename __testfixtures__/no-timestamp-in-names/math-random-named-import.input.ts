import { lambda, iam } from "@pulumi/aws";

const suffix = Math.random().toString(36).substring(7);

const role = new iam.Role("processor-role", {
  name: `processor-role-${suffix}`,
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Action: "sts:AssumeRole", Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" } }],
  }),
});

const fn = new lambda.Function("processor", {
  functionName: "processor-" + Math.random().toString(36).substring(2, 8),
  role: role.arn,
  runtime: "nodejs20.x",
  handler: "index.handler",
  code: new (require("@pulumi/pulumi").asset.AssetArchive)({}),
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const secret = new aws.secretsmanager.Secret("db-secret", {});

const rotationFn = new aws.lambda.Function("rotation-fn", {
  runtime: "python3.12",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/rotation",
  code: new pulumi.asset.FileArchive("./rotation"),
});

// Report only: the permission comes after the rotation, so it must be moved first
new aws.secretsmanager.SecretRotation("db-secret-rotation", {  // iacfix-expect: unreachable
  secretId: secret.id,
  rotationLambdaArn: rotationFn.arn,
  rotationRules: { automaticallyAfterDays: 30 },
});

const rotationPermission = new aws.lambda.Permission("rotation-permission", {
  action: "lambda:InvokeFunction",
  function: rotationFn.name,
  principal: "secretsmanager.amazonaws.com",
});

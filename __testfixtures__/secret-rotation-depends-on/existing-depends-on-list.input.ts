import * as pulumi from "@pulumi/pulumi";
import { lambda, secretsmanager } from "@pulumi/aws";

const stack = pulumi.getStack();

const apiKeySecret = new secretsmanager.Secret(`api-key-${stack}`, {
  recoveryWindowInDays: 0,
});

const apiKeyVersion = new secretsmanager.SecretVersion(`api-key-version-${stack}`, {
  secretId: apiKeySecret.id,
  secretString: "initial-value",
});

const rotator = new lambda.Function(`api-key-rotator-${stack}`, {
  runtime: "nodejs20.x",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/rotator",
  code: new pulumi.asset.FileArchive("./rotator"),
});

const rotatorPermission = new lambda.Permission(`api-key-rotator-permission-${stack}`, {
  action: "lambda:InvokeFunction",
  function: rotator.name,
  principal: "secretsmanager.amazonaws.com",
});

new secretsmanager.SecretRotation(`api-key-rotation-${stack}`, {
  secretId: apiKeySecret.id,
  rotationLambdaArn: rotator.arn,
  rotationRules: { automaticallyAfterDays: 7 },
}, {
  dependsOn: [rotatorPermission],
});

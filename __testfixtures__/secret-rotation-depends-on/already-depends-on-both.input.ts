import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const secret = new aws.secretsmanager.Secret("db-secret", {});

const secretVersion = new aws.secretsmanager.SecretVersion("db-secret-version", {
  secretId: secret.id,
  secretString: "{}",
});

const rotationFn = new aws.lambda.Function("rotation-fn", {
  runtime: "python3.12",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/rotation",
  code: new pulumi.asset.FileArchive("./rotation"),
});

const rotationPermission = new aws.lambda.Permission("rotation-permission", {
  action: "lambda:InvokeFunction",
  function: rotationFn.name,
  principal: "secretsmanager.amazonaws.com",
});

new aws.secretsmanager.SecretRotation("db-secret-rotation", {
  secretId: secret.id,
  rotationLambdaArn: rotationFn.arn,
  rotationRules: { automaticallyAfterDays: 30 },
}, { dependsOn: [secretVersion, rotationPermission] });

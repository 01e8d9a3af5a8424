import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const secret = new aws.secretsmanager.Secret("api-secret", {});

new aws.secretsmanager.SecretVersion("api-secret-version", {
  secretId: secret.id,
  secretString: "token",
});

const handler = new aws.lambda.Function("handler", {
  runtime: "nodejs20.x",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/handler",
  code: new pulumi.asset.FileArchive("./handler"),
});

new aws.lambda.Permission("handler-permission", {
  action: "lambda:InvokeFunction",
  function: handler.name,
  principal: "secretsmanager.amazonaws.com",
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export function createRotation(prefix: string, resourceOpts: pulumi.CustomResourceOptions) {
  const secret = new aws.secretsmanager.Secret(`${prefix}-secret`, {}, resourceOpts);

  const secretVersion = new aws.secretsmanager.SecretVersion(`${prefix}-secret-version`, {
    secretId: secret.id,
    secretString: "{}",
  }, resourceOpts);

  const rotationLambda = new aws.lambda.Function(`${prefix}-rotation`, {
    runtime: aws.lambda.Runtime.Python3d12,
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/rotation",
    code: new pulumi.asset.FileArchive("./rotation"),
  }, resourceOpts);

  void new aws.lambda.Permission(`${prefix}-rotation-permission`, {
    action: "lambda:InvokeFunction",
    function: rotationLambda.arn,
    principal: "secretsmanager.amazonaws.com",
  }, resourceOpts);

  return new aws.secretsmanager.SecretRotation(`${prefix}-rotation`, {
    secretId: secret.id,
    rotationLambdaArn: rotationLambda.arn,
    rotationRules: { automaticallyAfterDays: 30 },
  }, resourceOpts);
}

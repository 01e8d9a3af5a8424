import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const secret = new aws.secretsmanager.Secret("db-secret", {});

const rotationFn = new aws.lambda.Function("rotation-fn", {
  runtime: "python3.12",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/rotation",
  code: new pulumi.asset.FileArchive("./rotation"),
});

// Report only: nothing lets Secrets Manager invoke the function
new aws.secretsmanager.SecretRotation("db-secret-rotation", {
  secretId: secret.id,
  rotationLambdaArn: rotationFn.arn,  // iacfix-expect: missingPermission
  rotationRules: { automaticallyAfterDays: 30 },
});

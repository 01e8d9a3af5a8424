import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const dbSecret = new aws.secretsmanager.Secret(`db-credentials-${environmentSuffix}`, {
  description: "Database master credentials",
});

const dbSecretVersion = new aws.secretsmanager.SecretVersion(`db-credentials-version-${environmentSuffix}`, {
  secretId: dbSecret.id,
  secretString: JSON.stringify({ username: "dbadmin", password: "ChangeMe123!" }),
});

const rotationRole = new aws.iam.Role(`rotation-role-${environmentSuffix}`, {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});

const rotationFunction = new aws.lambda.Function(`rotation-fn-${environmentSuffix}`, {
  runtime: "python3.12",
  handler: "index.handler",
  role: rotationRole.arn,
  code: new pulumi.asset.FileArchive("./rotation"),
});

const rotationPermission = new aws.lambda.Permission(`rotation-permission-${environmentSuffix}`, {
  action: "lambda:InvokeFunction",
  function: rotationFunction.name,
  principal: "secretsmanager.amazonaws.com",
});

// Rotate the credentials every 30 days
const dbSecretRotation = new aws.secretsmanager.SecretRotation(`db-credentials-rotation-${environmentSuffix}`, {
  secretId: dbSecret.id,
  rotationLambdaArn: rotationFunction.arn,
  rotationRules: {
    automaticallyAfterDays: 30,
  },
});

export const secretArn = dbSecret.arn;
export const rotationId = dbSecretRotation.id;

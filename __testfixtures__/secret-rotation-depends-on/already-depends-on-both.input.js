const aws = require("@pulumi/aws");

const secret = new aws.secretsmanager.Secret("db-secret", {});
const secretVersion = new aws.secretsmanager.SecretVersion("db-secret-version", {
    secretId: secret.id,
    secretString: "{}",
});
const rotationFn = aws.lambda.Function.get("rotation-fn", "existing-rotation-fn");
const permission = new aws.lambda.Permission("rotation-permission", {
    action: "lambda:InvokeFunction",
    function: rotationFn.name,
    principal: "secretsmanager.amazonaws.com",
});

new aws.secretsmanager.SecretRotation("db-secret-rotation", {
    secretId: secret.id,
    rotationLambdaArn: rotationFn.arn,
    rotationRules: { automaticallyAfterDays: 30 },
}, { dependsOn: [permission, secretVersion] });

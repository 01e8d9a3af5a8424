import pulumi_aws as aws

# Managed rotation: no Lambda function, nothing to wait for
secret = aws.secretsmanager.Secret("rds-master")

aws.secretsmanager.SecretRotation(
    "rds-master-rotation",
    secret_id=secret.id,
    rotation_rules=aws.secretsmanager.SecretRotationRotationRulesArgs(
        schedule_expression="rate(30 days)",
    ),
)

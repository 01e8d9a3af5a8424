import pulumi
import pulumi_aws as aws

secret = aws.secretsmanager.Secret("db-secret")
rotation_fn = aws.lambda_.Function(
    "rotation-fn",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/rotation",
    code=pulumi.FileArchive("./rotation"),
)

# Report only: nothing lets Secrets Manager invoke the function
aws.secretsmanager.SecretRotation(
    "db-secret-rotation",
    secret_id=secret.id,
    rotation_lambda_arn=rotation_fn.arn,  # iacfix-expect: missingPermission
    rotation_rules={"automatically_after_days": 30},
)

import pulumi
import pulumi_aws as aws

secret = aws.secretsmanager.Secret("db-secret", description="Database password")

secret_version = aws.secretsmanager.SecretVersion(
    "db-secret-version",
    secret_id=secret.id,
    secret_string="change-me",
)

rotation_fn = aws.lambda_.Function(
    "rotation-fn",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/rotation",
    code=pulumi.FileArchive("./rotation"),
)

permission = aws.lambda_.Permission(
    "rotation-permission",
    action="lambda:InvokeFunction",
    function=rotation_fn.name,
    principal="secretsmanager.amazonaws.com",
)

aws.secretsmanager.SecretRotation(
    "db-secret-rotation",
    secret_id=secret.id,
    rotation_lambda_arn=rotation_fn.arn,
    rotation_rules={"automatically_after_days": 30},
    opts=pulumi.ResourceOptions(depends_on=[permission, secret_version]),
)

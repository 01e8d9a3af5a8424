import pulumi
import pulumi_aws as aws


def create_rotation(name: str, rotation_fn: aws.lambda_.Function, opts: pulumi.ResourceOptions):
    secret = aws.secretsmanager.Secret(f"{name}-secret", opts=opts)
    aws.lambda_.Permission(
        f"{name}-rotation-permission",
        action="lambda:InvokeFunction",
        function=rotation_fn.name,
        principal="secretsmanager.amazonaws.com",
        opts=opts,
    )
    return aws.secretsmanager.SecretRotation(
        f"{name}-rotation",
        secret_id=secret.id,
        rotation_lambda_arn=rotation_fn.arn,
        rotation_rules={"automatically_after_days": 30},
        opts=opts,
    )

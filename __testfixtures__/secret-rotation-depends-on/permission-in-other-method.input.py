import pulumi
import pulumi_aws as aws


class RotationStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("custom:rotation:RotationStack", name, None, opts)
        self.rotation_fn = aws.lambda_.Function(
            f"{name}-rotation-fn",
            runtime="python3.12",
            handler="index.handler",
            role="arn:aws:iam::123456789012:role/rotation",
            code=pulumi.FileArchive("./rotation"),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.secret = aws.secretsmanager.Secret(f"{name}-secret", opts=pulumi.ResourceOptions(parent=self))
        self._allow_secrets_manager(name)
        # Report only: the permission lives in another method, out of reach here
        aws.secretsmanager.SecretRotation(  # iacfix-expect: unreachable
            f"{name}-rotation",
            secret_id=self.secret.id,
            rotation_lambda_arn=self.rotation_fn.arn,
            rotation_rules={"automatically_after_days": 30},
            opts=pulumi.ResourceOptions(parent=self),
        )

    def _allow_secrets_manager(self, name):
        aws.lambda_.Permission(
            f"{name}-rotation-permission",
            action="lambda:InvokeFunction",
            function=self.rotation_fn.name,
            principal="secretsmanager.amazonaws.com",
            opts=pulumi.ResourceOptions(parent=self),
        )

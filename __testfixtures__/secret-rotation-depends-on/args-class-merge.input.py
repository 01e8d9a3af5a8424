from pulumi import ComponentResource, FileArchive, ResourceOptions
import pulumi_aws as aws


class SecretsComponent(ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("custom:secrets:SecretsComponent", name, None, opts)
        child_opts = ResourceOptions(parent=self)

        self.secret = aws.secretsmanager.Secret(f"{name}-secret", opts=child_opts)
        self.secret_version = aws.secretsmanager.SecretVersion(
            f"{name}-secret-version",
            args=aws.secretsmanager.SecretVersionArgs(secret_id=self.secret.id, secret_string="{}"),
            opts=child_opts,
        )
        self.rotation_fn = aws.lambda_.Function(
            f"{name}-rotation-fn",
            runtime="python3.12",
            handler="index.handler",
            role="arn:aws:iam::123456789012:role/rotation",
            code=FileArchive("./rotation"),
            opts=child_opts,
        )
        self.rotation_permission = aws.lambda_.Permission(
            f"{name}-rotation-permission",
            aws.lambda_.PermissionArgs(
                action="lambda:InvokeFunction",
                function=self.rotation_fn.arn,
                principal="secretsmanager.amazonaws.com",
            ),
            opts=child_opts,
        )
        self.rotation = aws.secretsmanager.SecretRotation(
            f"{name}-rotation",
            args=aws.secretsmanager.SecretRotationArgs(
                secret_id=self.secret.id,
                rotation_lambda_arn=self.rotation_fn.arn,
                rotation_rules=aws.secretsmanager.SecretRotationRotationRulesArgs(automatically_after_days=30),
            ),
            opts=ResourceOptions.merge(child_opts, ResourceOptions(protect=False)),
        )

import json

import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, env_suffix: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.env_suffix = env_suffix

        self.db_secret = aws.secretsmanager.Secret(
            f"db-secret-{self.env_suffix}",
            description="Database credentials",
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.db_secret_version = aws.secretsmanager.SecretVersion(
            f"db-secret-version-{self.env_suffix}",
            secret_id=self.db_secret.id,
            secret_string=json.dumps({"username": "dbadmin", "password": "ChangeMe123!"}),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.rotation_lambda = aws.lambda_.Function(
            f"rotation-lambda-{self.env_suffix}",
            runtime="python3.11",
            handler="index.handler",
            role="arn:aws:iam::123456789012:role/rotation",
            code=pulumi.AssetArchive({".": pulumi.FileArchive("./lambda")}),
            opts=pulumi.ResourceOptions(parent=self),
        )

        aws.lambda_.Permission(
            f"rotation-lambda-permission-{self.env_suffix}",
            action="lambda:InvokeFunction",
            function=self.rotation_lambda.name,
            principal="secretsmanager.amazonaws.com",
        )

        self.secret_rotation = aws.secretsmanager.SecretRotation(
            f"db-secret-rotation-{self.env_suffix}",
            secret_id=self.db_secret.id,
            rotation_lambda_arn=self.rotation_lambda.arn,
            rotation_rules=aws.secretsmanager.SecretRotationRotationRulesArgs(
                automatically_after_days=30,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.register_outputs({"db_secret_arn": self.db_secret.arn})

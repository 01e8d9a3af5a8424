import json

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class SecretsRotation(pulumi.ComponentResource):
    def __init__(self, name, rotation_role_arn, opts=None):
        super().__init__('globecart:secrets:SecretsRotation', name, None, opts)
        child_opts = ResourceOptions(parent=self)

        self.rotation_lambda = aws.lambda_.Function(
            f'{name}-rotation-lambda',
            runtime='python3.11',
            handler='rotation_handler.lambda_handler',
            role=rotation_role_arn,
            code=pulumi.AssetArchive({'.': pulumi.FileArchive('./lib/lambda')}),
            opts=child_opts
        )

        # Allow Secrets Manager to invoke Lambda
        rotation_lambda_permission = aws.lambda_.Permission(
            f'{name}-lambda-invoke-permission',
            action='lambda:InvokeFunction',
            function=self.rotation_lambda.name,
            principal='secretsmanager.amazonaws.com',
            opts=child_opts
        )

        self.db_secret = aws.secretsmanager.Secret(
            f'{name}-db-credentials',
            description='RDS Aurora PostgreSQL credentials',
            opts=child_opts
        )

        self.secret_rotation = aws.secretsmanager.SecretRotation(  # iacfix-expect: unreachable
            f'{name}-rotation',
            secret_id=self.db_secret.id,
            rotation_lambda_arn=self.rotation_lambda.arn,
            rotation_rules=aws.secretsmanager.SecretRotationRotationRulesArgs(
                automatically_after_days=30
            ),
            opts=ResourceOptions(depends_on=[rotation_lambda_permission])
        )

        # Declared after the rotation: reported, not moved
        self.db_secret_version = aws.secretsmanager.SecretVersion(
            f'{name}-db-credentials-version',
            secret_id=self.db_secret.id,
            secret_string=json.dumps({'username': 'admin', 'password': 'ChangeMe123!'}),
            opts=child_opts
        )

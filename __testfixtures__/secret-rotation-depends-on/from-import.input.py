import pulumi
from pulumi_aws import iam, lambda_, secretsmanager

stack = pulumi.get_stack()

secret = secretsmanager.Secret(f"api-credentials-{stack}")

secret_version = secretsmanager.SecretVersion(
    f"api-credentials-version-{stack}",
    secret_id=secret.id,
    secret_string="initial",
)

role = iam.Role(
    f"rotation-role-{stack}",
    assume_role_policy=iam.get_policy_document(
        statements=[{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}]}]
    ).json,
)

rotation_fn = lambda_.Function(
    f"rotation-fn-{stack}",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=pulumi.FileArchive("./rotation"),
)

invoke_permission = lambda_.Permission(
    f"rotation-invoke-{stack}",
    action="lambda:InvokeFunction",
    function=rotation_fn.name,
    principal="secretsmanager.amazonaws.com",
)

rotation = secretsmanager.SecretRotation(
    f"api-credentials-rotation-{stack}",
    secret_id=secret.id,
    rotation_lambda_arn=rotation_fn.arn,
    rotation_rules=secretsmanager.SecretRotationRotationRulesArgs(automatically_after_days=30),
    opts=pulumi.ResourceOptions(depends_on=[invoke_permission]),
)

pulumi.export("secret_arn", secret.arn)

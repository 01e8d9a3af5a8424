"""A Pulumi program as a model wrote it: it looks right and fails at deploy time."""
import time

import pulumi
import pulumi_aws as aws

env = pulumi.get_stack()

# Static assets. The name has capitals and an underscore.
assets = aws.s3.Bucket(
    "assets",
    bucket=f"WebApp_Assets-{env}",
    force_destroy=True,
)

# Container images.
repo = aws.ecr.Repository(
    "web-repo",
    image_tag_mutability="MUTABLE",
    encryption_configuration=aws.ecr.RepositoryEncryptionConfigurationArgs(
        encryption_type="AES256",
    ),
)

# Access logs for the load balancer.
logs_key = aws.kms.Key("logs-key", enable_key_rotation=True)
alb_logs = aws.s3.Bucket("alb-logs", bucket=f"alb-logs-{env}-{int(time.time())}")
aws.s3.BucketServerSideEncryptionConfiguration(
    "alb-logs-encryption",
    bucket=alb_logs.id,
    rules=[{
        "apply_server_side_encryption_by_default": {
            "sse_algorithm": "aws:kms",
            "kms_master_key_id": logs_key.arn,
        },
    }],
)
alb = aws.lb.LoadBalancer(
    "web-alb",
    load_balancer_type="application",
    subnets=["subnet-0123", "subnet-4567"],
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=alb_logs.bucket, enabled=True),
)

# The database secret, rotated by a Lambda.
secret = aws.secretsmanager.Secret("db-secret")
secret_version = aws.secretsmanager.SecretVersion("db-secret-version", secret_id=secret.id, secret_string="{}")
rotation_role = aws.iam.Role(
    "rotation-role",
    assume_role_policy='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
)
rotation_fn = aws.lambda_.Function(
    "rotation-fn",
    runtime="python3.12",
    handler="index.handler",
    role=rotation_role.arn,
    code=pulumi.FileArchive("./rotation"),
)
aws.lambda_.Permission(
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
)

pulumi.export("alb_dns", alb.dns_name)

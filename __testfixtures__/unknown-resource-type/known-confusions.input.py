import pulumi
import pulumi_aws as aws
from pulumi_aws import cfg

environment_suffix = pulumi.Config().get("environmentSuffix") or "dev"

invoke_config = aws.lambda_.EventInvokeConfig(
    f"invoke-config-{environment_suffix}",
    function_name=processor.name,
    maximum_retry_attempts=2,
)

rule = cfg.ConfigRule(
    f"s3-encryption-rule-{environment_suffix}",
    source=cfg.RuleSourceArgs(owner="AWS", source_identifier="S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"),
)

peering_options = aws.ec2.PeeringConnectionOptions(
    f"peering-options-{environment_suffix}",
    vpc_peering_connection_id=peering.id,
    requester=aws.ec2.VpcPeeringConnectionOptionsRequesterArgs(
        allow_remote_vpc_dns_resolution=True,
    ),
)

processor = aws.lambda_.Function(
    f"processor-{environment_suffix}",
    runtime=aws.lambda_.Runtime.PYTHON3_12,
    handler="index.handler",
    role=role.arn,
    code=pulumi.AssetArchive({}),
)

# iacfix-expect: unknownName
db_password = aws.secretsmanager.RandomPassword(
    f"db-password-{environment_suffix}",
    length=32,
)

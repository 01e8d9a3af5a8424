from typing import Optional

import pulumi
import pulumi_aws as aws
from pulumi_aws import s3, lambda_


def latest_ami() -> aws.ec2.AwaitableGetAmiResult:
    return aws.ec2.get_ami(most_recent=True, owners=["amazon"], filters=[aws.ec2.GetAmiFilterArgs(name="name", values=["al2023-ami-*"])])


region = aws.get_region()
zones = aws.get_availability_zones_output(state="available")
identity = aws.get_caller_identity()

bucket = s3.BucketV2("data", force_destroy=True)
s3.BucketVersioningV2(
    "data-versioning",
    bucket=bucket.id,
    versioning_configuration=s3.BucketVersioningV2VersioningConfigurationArgs(status="Enabled"),
)
s3.BucketServerSideEncryptionConfiguration(
    "data-sse",
    bucket=bucket.id,
    rules=[
        s3.BucketServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default=s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="AES256",
            ),
        )
    ],
)
s3.BucketPublicAccessBlock("data-pab", args=s3.BucketPublicAccessBlockArgs(bucket=bucket.id, block_public_acls=True))

fn = lambda_.Function(
    "fn",
    runtime=lambda_.Runtime.PYTHON3D12,
    handler="index.handler",
    role=aws.iam.ManagedPolicy.AWS_LAMBDA_BASIC_EXECUTION_ROLE,
    code=pulumi.AssetArchive({}),
    environment={"variables": {"STAGE": "dev"}},
)
rule: Optional[aws.cloudwatch.EventRule] = aws.cloudwatch.EventRule("nightly", schedule_expression="rate(1 day)")
engine = aws.rds.EngineType.AURORA_POSTGRESQL

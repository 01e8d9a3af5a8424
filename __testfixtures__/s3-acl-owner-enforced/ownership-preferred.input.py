import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().get("environment_suffix") or "dev"

access_logs = aws.s3.BucketV2(f"access-logs-{environment_suffix}")

aws.s3.BucketOwnershipControls(
    f"access-logs-ownership-{environment_suffix}",
    bucket=access_logs.id,
    rule=aws.s3.BucketOwnershipControlsRuleArgs(object_ownership="BucketOwnerPreferred"),
)

aws.s3.BucketAclV2(
    f"access-logs-acl-{environment_suffix}",
    bucket=access_logs.id,
    acl="log-delivery-write",
)

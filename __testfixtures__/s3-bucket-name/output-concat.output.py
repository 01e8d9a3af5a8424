import pulumi
from pulumi import Output
import pulumi_aws as aws

current = aws.get_caller_identity_output()

audit_bucket = aws.s3.Bucket(
    "audit-bucket",
    bucket=Output.concat("audit-", pulumi.get_stack(), "-", current.account_id).apply(lambda s: s.lower()),
)

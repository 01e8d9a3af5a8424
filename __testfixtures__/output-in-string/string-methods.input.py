import pulumi
import pulumi_aws as aws

stack = pulumi.get_stack()
current = aws.get_caller_identity_output()

logs = aws.s3.Bucket(
    "logs",
    bucket=f"access-logs-{stack}-{current.account_id}".lower(),
)

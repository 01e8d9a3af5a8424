import pulumi
import pulumi_aws as aws

stack = pulumi.get_stack()
current = aws.get_caller_identity_output()

logs = aws.s3.Bucket(
    "logs",
    bucket=current.account_id.apply(lambda account_id: f"access-logs-{stack}-{account_id}".lower()),
)

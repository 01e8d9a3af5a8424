import pulumi
from pulumi import Output
import pulumi_aws as aws

stack = pulumi.get_stack()
current = aws.get_caller_identity_output()

aws.s3.Bucket("data", bucket=f"payment-data-{stack}".lower())
aws.s3.Bucket(
    "audit",
    bucket=Output.concat("audit-", stack, "-", current.account_id).apply(lambda s: s.lower()),
)

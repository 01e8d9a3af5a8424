import pulumi_aws as aws

common_args = {"billing_mode": "PAY_PER_REQUEST", "range_key": "sk"}

items = aws.dynamodb.Table(
    "items",
    hash_key="pk",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="pk", type="S"),
        aws.dynamodb.TableAttributeArgs(name="sk", type="S"),
    ],
    **common_args,
)

import pulumi_aws as aws

prefix = "order"

orders = aws.dynamodb.Table(
    "orders",
    hash_key=f"{prefix}_id",
    attributes=[
        {"name": "order_id", "type": "S"},
        {"name": "customer", "type": "S"},
    ],
    billing_mode="PAY_PER_REQUEST",
)

import pulumi_aws as aws

# the hash key has no definition and "userId" is defined but unused: probably one name for the same thing
users = aws.dynamodb.Table(
    "users",
    hash_key="user_id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="userId", type="S")],  # iacfix-expect: unusedWithUndeclaredKey
    billing_mode="PAY_PER_REQUEST",
)

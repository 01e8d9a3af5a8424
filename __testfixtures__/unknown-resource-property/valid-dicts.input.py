import json

import pulumi
import pulumi_aws as aws

# Nested dicts may use the camelCase wire names (the SDK passes them through), Args classes
# snake_case; policies are JSON strings in Python; **kwargs cannot be seen into.
bucket = aws.s3.Bucket(
    "site",
    website={"indexDocument": "index.html"},
    server_side_encryption_configuration={
        "rule": {"apply_server_side_encryption_by_default": {"sseAlgorithm": "AES256"}},
    },
)
role = aws.iam.Role(
    "role",
    assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": []}),
)
policy = aws.iam.RolePolicy("policy", role=role.id, policy={"Version": "2012-10-17", "Statement": []})
queue = aws.sqs.Queue("queue", **queue_settings)
table = aws.dynamodb.Table(
    "table",
    args=aws.dynamodb.TableArgs(hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")]),
    opts=pulumi.ResourceOptions(protect=True),
)

import json

import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.get_stack()
account_id = aws.get_caller_identity().account_id

kms_key = aws.kms.Key(
    f"pipeline-key-{environment_suffix}",
    description="KMS key for pipeline logs",
    enable_key_rotation=True,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "Enable IAM User Permissions",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"},
                "Action": "kms:*",
                "Resource": "*"
            }
        ]
    }),
)

pipeline_log_group = aws.cloudwatch.LogGroup(
    f"pipeline-logs-{environment_suffix}",
    retention_in_days=14,
    kms_key_id=kms_key.arn,
)

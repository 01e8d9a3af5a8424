"""Encrypted logging for the TAP stack."""
from typing import Optional

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: Optional[ResourceOptions] = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        current_partition = aws.get_partition()
        caller_identity = aws.get_caller_identity()
        current_region = aws.get_region()
        self.kms_key = aws.kms.Key(
            f"logs-key-{environment_suffix}",
            description="Encrypts the application logs",
            enable_key_rotation=True,
            deletion_window_in_days=7,
            opts=ResourceOptions(parent=self),
            policy=pulumi.Output.json_dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "Enable IAM User Permissions",
                        "Effect": "Allow",
                        "Principal": {"AWS": f"arn:{current_partition.partition}:iam::{caller_identity.account_id}:root"},
                        "Action": "kms:*",
                        "Resource": "*",
                    },
                    {
                        "Sid": "AllowCloudWatchLogs",
                        "Effect": "Allow",
                        "Principal": {"Service": f"logs.{current_region.region}.amazonaws.com"},
                        "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                        "Resource": "*",
                        "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:{current_partition.partition}:logs:{current_region.region}:{caller_identity.account_id}:*"}},
                    },
                ],
            }),
        )

        self.log_group = aws.cloudwatch.LogGroup(
            f"app-logs-{environment_suffix}",
            name=f"/app/{environment_suffix}",
            retention_in_days=30,
            kms_key_id=self.kms_key.arn,
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"log_group_name": self.log_group.name})

"""Encrypted logging for the TAP stack."""
from typing import Optional

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: Optional[ResourceOptions] = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.kms_key = aws.kms.Key(
            f"logs-key-{environment_suffix}",
            description="Encrypts the application logs",
            enable_key_rotation=True,
            deletion_window_in_days=7,
            opts=ResourceOptions(parent=self),
        )

        self.log_group = aws.cloudwatch.LogGroup(
            f"app-logs-{environment_suffix}",
            name=f"/app/{environment_suffix}",
            retention_in_days=30,
            kms_key_id=self.kms_key.arn,
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"log_group_name": self.log_group.name})

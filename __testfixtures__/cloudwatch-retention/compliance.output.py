"""Logging for the TAP stack."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.audit_log_group = aws.cloudwatch.LogGroup(
            f"audit-logs-{environment_suffix}",
            name=f"/aws/audit/{environment_suffix}",
            retention_in_days=2557,  # 7 years for compliance
            opts=ResourceOptions(parent=self),
        )

        self.app_log_group = aws.cloudwatch.LogGroup(
            f"app-logs-{environment_suffix}",
            args=aws.cloudwatch.LogGroupArgs(
                retention_in_days=60,
            ),
            opts=ResourceOptions(parent=self),
        )

        aws.cloudwatch.LogGroup(
            f"debug-logs-{environment_suffix}",
            retention_in_days=(30 if environment_suffix == "prod" else 7),
            opts=ResourceOptions(parent=self),
        )

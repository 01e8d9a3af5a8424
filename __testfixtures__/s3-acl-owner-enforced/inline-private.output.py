import pulumi
from pulumi import ResourceOptions
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.environment_suffix = args.environment_suffix

        # Create S3 bucket for flow logs
        self.flow_logs_bucket = aws.s3.Bucket(
            f"payment-flow-logs-{self.environment_suffix}",
            tags={'Name': f"payment-flow-logs-{self.environment_suffix}"},
            opts=ResourceOptions(parent=self)
        )

        # Create S3 bucket for metric exports
        self.metrics_export_bucket = aws.s3.Bucket(f"metrics-export-{self.environment_suffix}", versioning={"enabled": True})

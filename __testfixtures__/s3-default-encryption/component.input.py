from typing import Optional

import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.payment_logs_bucket = aws.s3.Bucket(
            f"payment-logs-{environment_suffix}",
            force_destroy=True,  # Allow cleanup in test environments
            tags={
                "Name": f"payment-logs-{environment_suffix}",
                "Purpose": "audit-logs",
            },
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.register_outputs({"payment_logs_bucket": self.payment_logs_bucket.id})

from typing import Optional

import pulumi
from pulumi import ResourceOptions
from pulumi_aws import s3


class TapStackArgs:
    def __init__(self, environment_suffix: Optional[str] = None):
        self.environment_suffix = environment_suffix or "dev"


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, args: TapStackArgs, opts: Optional[ResourceOptions] = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.static_bucket = s3.Bucket(
            f"static-{args.environment_suffix}",
            website=s3.BucketWebsiteArgs(
                index_document="index.html",
                error_document="404.html",
            ),
            lifecycle_rules=[
                s3.BucketLifecycleRuleArgs(
                    enabled=args.environment_suffix != "prod",
                    prefix="tmp/",
                    expiration=s3.BucketLifecycleRuleExpirationArgs(days=1),
                ),
            ],
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"static_bucket": self.static_bucket.id})

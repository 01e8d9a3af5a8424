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
            opts=ResourceOptions(parent=self),
        )

        self.static_bucket_website = s3.BucketWebsiteConfiguration(
            f"static-{args.environment_suffix}-website",
            bucket=self.static_bucket.id,
            index_document=s3.BucketWebsiteConfigurationIndexDocumentArgs(
                suffix="index.html",
            ),
            error_document=s3.BucketWebsiteConfigurationErrorDocumentArgs(
                key="404.html",
            ),
            opts=ResourceOptions(parent=self),
        )

        self.static_bucket_lifecycle = s3.BucketLifecycleConfiguration(
            f"static-{args.environment_suffix}-lifecycle",
            bucket=self.static_bucket.id,
            rules=[
                s3.BucketLifecycleConfigurationRuleArgs(
                    id="rule-1",
                    status="Enabled" if args.environment_suffix != "prod" else "Disabled",
                    filter=s3.BucketLifecycleConfigurationRuleFilterArgs(prefix="tmp/"),
                    expiration=s3.BucketLifecycleConfigurationRuleExpirationArgs(
                        days=1,
                    ),
                ),
            ],
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"static_bucket": self.static_bucket.id})

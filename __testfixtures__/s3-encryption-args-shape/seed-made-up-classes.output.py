import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.kms_key = aws.kms.Key(
            f"{name}-key-{environment_suffix}",
            enable_key_rotation=True,
            opts=ResourceOptions(parent=self)
        )

        self.bucket = aws.s3.BucketV2(
            f"{name}-bucket-{environment_suffix}",
            opts=ResourceOptions(parent=self)
        )

        self.bucket_encryption = aws.s3.BucketServerSideEncryptionConfigurationV2(
            f"{name}-bucket-{environment_suffix}-encryption",
            bucket=self.bucket.id,
            rules=[
                {
                    "apply_server_side_encryption_by_default": {
                        "sse_algorithm": "aws:kms",
                        "kms_master_key_id": self.kms_key.arn
                    },
                    "bucket_key_enabled": True
                }
            ],
            opts=ResourceOptions(parent=self)
        )

        self.register_outputs({"bucket_name": self.bucket.bucket})

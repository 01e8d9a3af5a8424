import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.bucket = aws.s3.BucketV2(
            f"{name}-data-{environment_suffix}",
            opts=ResourceOptions(parent=self),
        )

        aws.s3.BucketServerSideEncryptionConfigurationV2(
            f"{name}-sse",
            bucket=self.bucket.id,
            rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
            opts=ResourceOptions(parent=self),
        )

        aws.s3.BucketAclV2(
            f"{name}-acl",
            bucket=self.bucket.id,
            acl="private"
        )

        self.register_outputs({"bucket_name": self.bucket.bucket})

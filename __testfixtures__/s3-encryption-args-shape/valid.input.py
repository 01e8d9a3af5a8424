import pulumi
import pulumi_aws as aws


class StorageStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:storage:StorageStack", name, None, opts)
        self.bucket = aws.s3.BucketV2(f"{name}-bucket", opts=pulumi.ResourceOptions(parent=self))
        aws.s3.BucketServerSideEncryptionConfigurationV2(
            f"{name}-bucket-encryption",
            bucket=self.bucket.id,
            rules=[
                aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
                    apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
                        sse_algorithm="AES256",
                    ),
                )
            ],
            opts=pulumi.ResourceOptions(parent=self),
        )

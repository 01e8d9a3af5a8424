from pulumi import ComponentResource, ResourceOptions
from pulumi_aws import s3, iam


class StorageStack(ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:storage:StorageStack", name, None, opts)

        self.bucket = s3.Bucket(
            f"{name}-data",
            force_destroy=True,
            opts=ResourceOptions(protect=False),
        )

        self.role = iam.Role(
            f"{name}-role",
            assume_role_policy="{}",
            opts=ResourceOptions(
                depends_on=[self.bucket],
            ),
        )

        s3.BucketPublicAccessBlock(f"{name}-pab", bucket=self.bucket.id, block_public_acls=True, opts=None)

        self.register_outputs({})

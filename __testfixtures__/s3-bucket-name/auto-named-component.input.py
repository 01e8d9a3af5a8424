import pulumi
import pulumi_aws as aws


class StorageStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:storage:StorageStack", name, None, opts)

        # Access logs for the API
        self.access_logs = aws.s3.Bucket(
            f"{name}_access_logs",
            force_destroy=True,
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.staging = aws.s3.Bucket("_staging_bucket", opts=pulumi.ResourceOptions(parent=self))

        aws.s3.BucketV2("customer-transaction-history-archive-bucket-for-compliance-reports")

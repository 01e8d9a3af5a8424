"""Main Pulumi program."""
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environmentSuffix")

bucket = aws.s3.BucketV2(
    f"data-{environment_suffix}",
    force_destroy=True,
)

pulumi.export("bucket_name", bucket.bucket)

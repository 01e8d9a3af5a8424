"""Main Pulumi program."""
import pulumi
import pulumi_aws as aws
import os

config = pulumi.Config()
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX") or config.get("environmentSuffix") or "dev"

bucket = aws.s3.BucketV2(
    f"data-{environment_suffix}",
    force_destroy=True,
)

pulumi.export("bucket_name", bucket.bucket)

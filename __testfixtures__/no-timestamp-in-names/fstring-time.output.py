import time

import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().get("environmentSuffix") or "dev"

# S3 bucket for raw uploads
raw_bucket = aws.s3.Bucket(
    "raw-bucket",
    bucket="bucket",
    force_destroy=True,
)

processed_bucket = aws.s3.Bucket(
    f"processed-{environment_suffix}",
    bucket=f"processed-{environment_suffix}",
    tags={"Environment": environment_suffix},
)

pulumi.export("raw_bucket", raw_bucket.bucket)

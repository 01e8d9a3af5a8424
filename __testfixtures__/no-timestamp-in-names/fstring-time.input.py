import time

import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().get("environmentSuffix") or "dev"

# S3 bucket for raw uploads
raw_bucket = aws.s3.Bucket(
    "raw-bucket",
    bucket=f"bucket-{int(time.time())}",
    force_destroy=True,
)

processed_bucket = aws.s3.Bucket(
    f"processed-{environment_suffix}-{int(time.time())}",
    bucket=f"processed-{environment_suffix}-{int(time.time())}",
    tags={"Environment": environment_suffix},
)

pulumi.export("raw_bucket", raw_bucket.bucket)

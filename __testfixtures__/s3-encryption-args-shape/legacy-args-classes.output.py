import json
import pulumi
import pulumi_aws as aws

project_name = "iac-aws-nova-model-breaking"
environment = pulumi.get_stack()

# Create S3 bucket for artifacts and source code
artifacts_bucket = aws.s3.Bucket(
    f"{project_name}-artifacts",
    bucket=f"{project_name}-artifacts-{environment}",
    force_destroy=True,
)

artifacts_bucket_encryption = aws.s3.BucketServerSideEncryptionConfiguration(
    f"{project_name}-artifacts-encryption",
    bucket=artifacts_bucket.id,
    rules=[
        {"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}},
    ],
)

pulumi.export("artifacts_bucket", artifacts_bucket.bucket)

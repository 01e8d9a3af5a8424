import json
import pulumi
import pulumi_aws as aws

project_name = "iac-aws-nova-model-breaking"
environment = pulumi.get_stack()

# Create S3 bucket for artifacts and source code
artifacts_bucket = aws.s3.Bucket(
    f"{project_name}-artifacts",
    bucket=f"{project_name}-artifacts-{environment}",
    server_side_encryption_configuration=aws.s3.BucketServerSideEncryptionConfigurationArgs(
        rule=aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="AES256"
            )
        )
    ),
    force_destroy=True,
)

pulumi.export("artifacts_bucket", artifacts_bucket.bucket)

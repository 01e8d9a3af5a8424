import pulumi
import pulumi_aws as aws

key = aws.kms.Key("data-key")

data_bucket = aws.s3.Bucket(
    "data",
    server_side_encryption_configuration=aws.s3.BucketServerSideEncryptionConfigurationArgs(
        rule=aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="aws:kms",
                kms_master_key_id=key.arn,
            ),
        ),
    ),
)

logs_bucket = aws.s3.BucketV2("logs")

aws.s3.BucketServerSideEncryptionConfigurationV2(
    "logs-encryption",
    bucket=logs_bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
)

archive_bucket = aws.s3.BucketV2("archive")

# the bucket itself given as `bucket` still names it
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "archive-encryption",
    bucket=archive_bucket,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
)

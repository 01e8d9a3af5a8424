import pulumi
import pulumi_aws as aws

# one made-up configuration object shared by two buckets
encryption = aws.s3.BucketServerSideEncryptionConfigurationV2ServerSideEncryptionConfigurationArgs(  # iacfix-expect: unknownClass
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationV2ServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default={"sse_algorithm": "AES256"},
        )
    ]
)

raw = aws.s3.BucketV2("raw", server_side_encryption_configurations=[encryption])  # iacfix-expect: moveManually
curated = aws.s3.BucketV2("curated", server_side_encryption_configurations=[encryption])  # iacfix-expect: moveManually

import pulumi_aws as aws

bucket = aws.s3.BucketV2("scratch", force_destroy=True)

bucket_encryption = aws.s3.BucketServerSideEncryptionConfigurationV2(
    "scratch-encryption",
    bucket=bucket.id,
    rules=[
        {"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}},
    ],
)

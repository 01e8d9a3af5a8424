import pulumi_aws as aws

data_key = aws.kms.Key("data-key", enable_key_rotation=True)

data_bucket = aws.s3.BucketV2("app-data")
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "app-data-sse",
    bucket=data_bucket.id,
    rules=[aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
        apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
            sse_algorithm="aws:kms",
            kms_master_key_id=data_key.arn,
        ),
        bucket_key_enabled=True,
    )],
)

logs_bucket = aws.s3.BucketV2("alb-logs")

aws.lb.LoadBalancer(
    "alb",
    subnets=["subnet-1", "subnet-2"],
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=logs_bucket.id, enabled=True),
)

import pulumi_aws as aws

kms_key = aws.kms.Key("logs-key", deletion_window_in_days=7)

log_bucket = aws.s3.Bucket("alb-logs")

aws.s3.BucketServerSideEncryptionConfiguration(
    "alb-logs-encryption",
    bucket=log_bucket.id,
    rules=[{
        "apply_server_side_encryption_by_default": {
            "sse_algorithm": 'aws:kms',
            "kms_master_key_id": kms_key.arn,
        },
        "bucket_key_enabled": True,
    }],
)

alb = aws.lb.LoadBalancer(
    "web-alb",
    subnets=["subnet-1", "subnet-2"],
    access_logs={"bucket": log_bucket.bucket, "enabled": True},
)

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

# v6 BucketV2: every inline block is a list
log_bucket = aws.s3.BucketV2(
    f"access-logs-{environment_suffix}",
)

log_bucket_lifecycle = aws.s3.BucketLifecycleConfigurationV2(
    f"access-logs-{environment_suffix}-lifecycle",
    bucket=log_bucket.id,
    rules=[
        {
            "id": "log-expiration",
            "status": "Enabled",
            "filter": {"prefix": ""},
            "expiration": {"days": 90},
            "noncurrent_version_expiration": {"noncurrent_days": 30},
        },
    ],
)

data_bucket = aws.s3.BucketV2(
    f"data-{environment_suffix}",
)

data_bucket_versioning = aws.s3.BucketVersioningV2(
    f"data-{environment_suffix}-versioning",
    bucket=data_bucket.id,
    versioning_configuration={"status": "Enabled"},
)

data_bucket_logging = aws.s3.BucketLoggingV2(
    f"data-{environment_suffix}-logging",
    bucket=data_bucket.id,
    target_bucket=log_bucket.id,
    target_prefix="data/",
)

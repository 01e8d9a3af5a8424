import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

# v6 BucketV2: every inline block is a list
log_bucket = aws.s3.BucketV2(
    f"access-logs-{environment_suffix}",
    lifecycle_rules=[{
        "id": "log-expiration",
        "enabled": True,
        "expirations": [{
            "days": 90
        }],
        "noncurrentVersionExpirations": [{
            "days": 30
        }]
    }],
)

data_bucket = aws.s3.BucketV2(
    f"data-{environment_suffix}",
    versionings=[{"enabled": True}],
    loggings=[{"target_bucket": log_bucket.id, "target_prefix": "data/"}],
)

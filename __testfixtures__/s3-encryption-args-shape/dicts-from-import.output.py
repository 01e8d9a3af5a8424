import pulumi
from pulumi_aws import kms, s3

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

key = kms.Key(f"logs-key-{environment_suffix}", enable_key_rotation=True)

logs_bucket = s3.Bucket(f"app-logs-{environment_suffix}",
                        tags={"Environment": environment_suffix})

logs_bucket_encryption = s3.BucketServerSideEncryptionConfiguration(
    f"app-logs-{environment_suffix}-encryption",
    bucket=logs_bucket.id,
    rules=[
        {
            "apply_server_side_encryption_by_default": {
                "sse_algorithm": "aws:kms",
                "kms_master_key_id": key.arn
            },
            "bucket_key_enabled": True
        }
    ]
)

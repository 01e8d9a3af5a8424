import pulumi
from pulumi_aws import kms, s3

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

key = kms.Key(f"logs-key-{environment_suffix}", enable_key_rotation=True)

logs_bucket = s3.Bucket(f"app-logs-{environment_suffix}",
                        server_side_encryption_configuration={
                            "rule": {
                                "apply_server_side_encryption_by_default": {
                                    "sse_algorithm": "aws:kms",
                                    "kms_master_key_id": key.arn,
                                },
                                "bucket_key_enabled": True,
                            }
                        },
                        tags={"Environment": environment_suffix})

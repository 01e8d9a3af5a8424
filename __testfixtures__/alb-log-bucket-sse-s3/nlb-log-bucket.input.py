from pulumi_aws import kms, lb, s3

key = kms.Key("nlb-logs-key")
nlb_logs = s3.BucketV2("nlb-logs")

s3.BucketServerSideEncryptionConfigurationV2(
    "nlb-logs-sse",
    bucket=nlb_logs.id,
    rules=[{
        "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn},
    }],
)

lb.LoadBalancer(
    "tcp-nlb",
    load_balancer_type="network",
    subnets=["subnet-1", "subnet-2"],
    access_logs={"bucket": nlb_logs.bucket, "enabled": True},
)

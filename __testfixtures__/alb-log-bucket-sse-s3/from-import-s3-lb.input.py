from pulumi_aws import kms, lb, s3

key = kms.Key("logs")

bucket = s3.BucketV2("lb-logs", bucket="acme-lb-logs")

sse = s3.BucketServerSideEncryptionConfigurationV2(
    "lb-logs-sse",
    bucket=bucket.id,
    rules=[s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
        apply_server_side_encryption_by_default=s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
            sse_algorithm="aws:kms", kms_master_key_id=key.key_id),
    )],
)

load_balancer = lb.LoadBalancer(
    "public",
    subnets=["subnet-1", "subnet-2"],
    access_logs=lb.LoadBalancerAccessLogsArgs(bucket="acme-lb-logs", enabled=True),
)

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

logs_key = aws.kms.Key(
    f"logs-key-{environment_suffix}",
    description="KMS key for ALB access logs",
    enable_key_rotation=True,
)

alb_logs_bucket = aws.s3.BucketV2(
    f"alb-logs-{environment_suffix}",
    force_destroy=True,
)

aws.s3.BucketServerSideEncryptionConfigurationV2(
    f"alb-logs-sse-{environment_suffix}",
    bucket=alb_logs_bucket.id,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="AES256",
            ),
        )
    ],
)

alb = aws.lb.LoadBalancer(
    f"app-alb-{environment_suffix}",
    load_balancer_type="application",
    subnets=["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(
        bucket=alb_logs_bucket.bucket,
        prefix="alb",
        enabled=True,
    ),
)

pulumi.export("alb_dns", alb.dns_name)

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
sse_algorithm = config.get("sseAlgorithm") or "aws:kms"

logs = aws.s3.BucketV2("alb-logs")
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "alb-logs-sse",
    bucket=logs.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": sse_algorithm}}],  # iacfix-expect: algorithmNotLiteral
)

aws.lb.LoadBalancer(
    "alb",
    subnets=["subnet-1", "subnet-2"],
    access_logs={"bucket": logs.id, "enabled": True},
)

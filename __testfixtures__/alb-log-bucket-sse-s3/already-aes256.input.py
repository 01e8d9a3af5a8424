import pulumi_aws as aws

alb_logs = aws.s3.BucketV2("alb-logs")

aws.s3.BucketServerSideEncryptionConfigurationV2(
    "alb-logs-sse",
    bucket=alb_logs.id,
    rules=[aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
        apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
            sse_algorithm="AES256",
        ),
    )],
)

aws.lb.LoadBalancer(
    "alb",
    subnets=["subnet-1", "subnet-2"],
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=alb_logs.bucket, enabled=True),
)

import pulumi
import pulumi_aws as aws

current = aws.get_caller_identity()
region = aws.get_region().name

logs = aws.s3.Bucket("logs", bucket=f"app-logs-{current.account_id}-{region}")
aws.s3.BucketV2("regional", bucket="analytics-111122223333-us-west-2-an")
aws.s3.BucketPolicy("logs-policy", bucket=logs.id, policy="{}")

# Auto-named: Pulumi lowercases CamelCase logical names itself
aws.s3.Bucket("AuditLogs", force_destroy=True)

# Directory buckets follow other rules
aws.s3.DirectoryBucket(
    "express",
    bucket="fast-data--usw2-az1--x-s3",
    location=aws.s3.DirectoryBucketLocationArgs(name="usw2-az1"),
)

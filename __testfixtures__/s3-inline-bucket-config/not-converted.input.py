import pulumi
import pulumi_aws as aws

lifecycle_rules = [aws.s3.BucketLifecycleRuleArgs(enabled=True, expiration=aws.s3.BucketLifecycleRuleExpirationArgs(days=30))]

processed = aws.s3.Bucket(
    "processed-images",
    versioning=aws.s3.BucketVersioningArgs(  # iacfix-expect: moveManually
        enabled=False
    ),
    lifecycle_rules=lifecycle_rules,  # iacfix-expect: moveManually
)

thumbnails = aws.s3.Bucket("thumbnails", lifecycle_rules=lifecycle_rules)  # iacfix-expect: moveManually

replicated = aws.s3.BucketV2(
    "replicated",
    replication_configurations=[{"role": "arn:aws:iam::123456789012:role/replication", "rules": []}],  # iacfix-expect: moveByHand
)

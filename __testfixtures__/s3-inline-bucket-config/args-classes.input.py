import pulumi
import pulumi_aws as aws

SOURCE_BUCKET_PREFIX = "image-source"
stack_name = pulumi.get_stack()

source_bucket = aws.s3.Bucket(
    f"{SOURCE_BUCKET_PREFIX}-{stack_name}",
    versioning=aws.s3.BucketVersioningArgs(
        enabled=True  # Enable versioning for data protection
    ),
    cors_rules=[
        aws.s3.BucketCorsRuleArgs(
            allowed_headers=["*"],
            allowed_methods=["GET", "HEAD"],
            allowed_origins=["*"],
            expose_headers=["ETag"],
            max_age_seconds=3600
        )
    ],
    lifecycle_rules=[
        aws.s3.BucketLifecycleRuleArgs(
            id="delete-old-versions",
            enabled=True,
            noncurrent_version_expiration=aws.s3.BucketLifecycleRuleNoncurrentVersionExpirationArgs(
                days=30
            )
        )
    ],
    tags={"Name": f"{SOURCE_BUCKET_PREFIX}-{stack_name}", "Type": "Source"}
)

pulumi.export("source_bucket", source_bucket.bucket)

import pulumi
import pulumi_aws as aws

SOURCE_BUCKET_PREFIX = "image-source"
stack_name = pulumi.get_stack()

source_bucket = aws.s3.Bucket(
    f"{SOURCE_BUCKET_PREFIX}-{stack_name}",
    tags={"Name": f"{SOURCE_BUCKET_PREFIX}-{stack_name}", "Type": "Source"}
)

source_bucket_versioning = aws.s3.BucketVersioning(
    f"{SOURCE_BUCKET_PREFIX}-{stack_name}-versioning",
    bucket=source_bucket.id,
    versioning_configuration=aws.s3.BucketVersioningVersioningConfigurationArgs(
        status="Enabled"
    )
)

source_bucket_cors = aws.s3.BucketCorsConfiguration(
    f"{SOURCE_BUCKET_PREFIX}-{stack_name}-cors",
    bucket=source_bucket.id,
    cors_rules=[
        aws.s3.BucketCorsConfigurationCorsRuleArgs(
            allowed_headers=["*"],
            allowed_methods=["GET", "HEAD"],
            allowed_origins=["*"],
            expose_headers=["ETag"],
            max_age_seconds=3600
        )
    ]
)

source_bucket_lifecycle = aws.s3.BucketLifecycleConfiguration(
    f"{SOURCE_BUCKET_PREFIX}-{stack_name}-lifecycle",
    bucket=source_bucket.id,
    rules=[
        aws.s3.BucketLifecycleConfigurationRuleArgs(
            id="delete-old-versions",
            status="Enabled",
            filter=aws.s3.BucketLifecycleConfigurationRuleFilterArgs(prefix=""),
            noncurrent_version_expiration=aws.s3.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs(
                noncurrent_days=30
            )
        )
    ]
)

pulumi.export("source_bucket", source_bucket.bucket)

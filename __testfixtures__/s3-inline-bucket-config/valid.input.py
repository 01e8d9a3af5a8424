import pulumi_aws as aws

bucket = aws.s3.BucketV2("data", force_destroy=True)

aws.s3.BucketVersioningV2(
    "data-versioning",
    bucket=bucket.id,
    versioning_configuration=aws.s3.BucketVersioningV2VersioningConfigurationArgs(status="Enabled"),
)

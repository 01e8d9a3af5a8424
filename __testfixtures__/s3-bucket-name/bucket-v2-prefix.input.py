import pulumi_aws as aws

staging = aws.s3.BucketV2(
    "staging",
    bucket_prefix="Staging_Uploads_",
    force_destroy=True,
)

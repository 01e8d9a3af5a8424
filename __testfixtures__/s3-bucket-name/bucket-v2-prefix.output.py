import pulumi_aws as aws

staging = aws.s3.BucketV2(
    "staging",
    bucket_prefix="staging-uploads-",
    force_destroy=True,
)

import pulumi_aws as aws

reports = aws.s3.Bucket(
    "reports",
    args=aws.s3.BucketArgs(
        bucket="quarterly-reports",
        force_destroy=True,
    ),
)

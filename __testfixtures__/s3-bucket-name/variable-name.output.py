import pulumi_aws as aws

BUCKET_NAME = "invoice-archive"

archive = aws.s3.Bucket("invoice-archive", bucket=BUCKET_NAME)

import pulumi_aws as aws

BUCKET_NAME = "Invoice_Archive"

archive = aws.s3.Bucket("invoice-archive", bucket=BUCKET_NAME)

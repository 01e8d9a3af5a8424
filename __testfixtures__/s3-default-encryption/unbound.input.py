import pulumi_aws as aws

aws.s3.BucketV2("scratch", force_destroy=True)

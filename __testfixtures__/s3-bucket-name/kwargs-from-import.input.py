from pulumi_aws import s3

uploads = s3.Bucket("uploads", bucket="Team Uploads", force_destroy=True)

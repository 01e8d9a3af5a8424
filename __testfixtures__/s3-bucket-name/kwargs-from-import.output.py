from pulumi_aws import s3

uploads = s3.Bucket("uploads", bucket="team-uploads", force_destroy=True)

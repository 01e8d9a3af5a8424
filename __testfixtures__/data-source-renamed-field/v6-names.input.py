import pulumi_aws as aws

# In @pulumi/aws 6 the field is `name`; `region` does not exist there.
region = aws.get_region()
bucket_domain = f"s3.{region.name}.amazonaws.com"

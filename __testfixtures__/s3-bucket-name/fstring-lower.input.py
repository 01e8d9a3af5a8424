import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

config_bucket = aws.s3.Bucket(
    f"config-bucket-{environment_suffix}",
    bucket=f"config-bucket-{environment_suffix}",
    force_destroy=True,
)

pulumi.export("config_bucket_name", config_bucket.bucket)

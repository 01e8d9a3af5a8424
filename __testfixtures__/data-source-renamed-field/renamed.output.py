import pulumi
import pulumi_aws as aws

region = aws.get_region()
identity = aws.get_caller_identity()

log_group_arn = f"arn:aws:logs:{region.region}:{identity.account_id}:log-group:/app/*"
endpoint = aws.get_region_output().apply(lambda r: f"https://s3.{r.region}.amazonaws.com")
pulumi.export("region", aws.get_region().region)

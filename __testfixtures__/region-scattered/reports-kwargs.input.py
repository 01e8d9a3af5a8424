"""Web tier in eu-west-1."""
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
account_id = aws.get_caller_identity().account_id

provider = aws.Provider("eu-provider", region="eu-west-1")

vpc = aws.ec2.Vpc(
    f"vpc-{environment_suffix}",
    cidr_block="10.0.0.0/16",
    opts=pulumi.ResourceOptions(provider=provider),
)

for index, zone in enumerate(["eu-west-1a", "eu-west-1b"]):
    aws.ec2.Subnet(
        f"public-{index}-{environment_suffix}",
        vpc_id=vpc.id,
        cidr_block=f"10.0.{index}.0/24",
        availability_zone=zone,
        opts=pulumi.ResourceOptions(provider=provider),
    )

pulumi.export(
    "log_group_arn",
    f"arn:aws:logs:eu-west-1:{account_id}:log-group:/web/{environment_suffix}",  # iacfix-expect: repeatedRegion
)

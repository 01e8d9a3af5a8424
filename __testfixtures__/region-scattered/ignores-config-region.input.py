"""Reads the region once.

Defaults to us-east-1 when aws:region is not set.
"""
import pulumi
import pulumi_aws as aws

aws_config = pulumi.Config("aws")
region = aws_config.get("region") or "us-east-1"

# zones come from the provider, never "us-east-1a"
zones = aws.get_availability_zones(state="available")

subnets = [
    aws.ec2.Subnet(
        f"private-{i}",
        vpc_id="vpc-123",
        cidr_block=f"10.0.{i}.0/24",
        availability_zone=zone,
    )
    for i, zone in enumerate(zones.names[:2])
]

aws.Provider("us-west-2", region=region)

pulumi.export("dashboard", f"https://console.aws.amazon.com/cloudwatch/home?region={region}")

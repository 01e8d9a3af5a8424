import pulumi
import pulumi_aws as aws

azs = aws.get_availability_zones(state="available")
region = "eu-west-1"

vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", tags={"Region": region})

subnets = [
    aws.ec2.Subnet(
        f"subnet-{i}",
        vpc_id=vpc.id,
        cidr_block=f"10.0.{i}.0/24",
        availability_zone=az,
    )
    for i, az in enumerate(azs.names[:2])
]

# a zone-to-CIDR table keyed by zone names is left to the reader
ZONE_CIDRS = {"eu-west-1a": "10.0.1.0/24", "eu-west-1b": "10.0.2.0/24"}

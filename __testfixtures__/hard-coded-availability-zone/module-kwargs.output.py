import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

vpc = aws.ec2.Vpc("main-vpc", cidr_block="10.0.0.0/16", enable_dns_hostnames=True)

availability_zones = aws.get_availability_zones(state="available")
public_subnet_1 = aws.ec2.Subnet(
    f"public-subnet-1-{environment_suffix}",
    vpc_id=vpc.id,
    cidr_block="10.0.1.0/24",
    availability_zone=availability_zones.names[0],
    map_public_ip_on_launch=True,
)

public_subnet_2 = aws.ec2.Subnet(
    f"public-subnet-2-{environment_suffix}",
    args=aws.ec2.SubnetArgs(
        vpc_id=vpc.id,
        cidr_block="10.0.2.0/24",
        availability_zone=availability_zones.names[1],
        map_public_ip_on_launch=True,
    ),
)

db_subnet_group = aws.rds.SubnetGroup(
    f"db-subnets-{environment_suffix}",
    subnet_ids=[public_subnet_1.id, public_subnet_2.id],
)

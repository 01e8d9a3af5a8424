import pulumi
import pulumi_aws as aws

regions = {"primary": "us-east-1", "secondary": "us-west-2"}
primary = aws.Provider("primary", region=regions["primary"])
secondary = aws.Provider("secondary", region=regions["secondary"])

primary_subnet = aws.ec2.Subnet(
    "primary-subnet",
    vpc_id="vpc-0123456789abcdef0",
    cidr_block="10.0.1.0/24",
    availability_zone="us-east-1a",  # iacfix-expect: zonesOfSeveralRegions
    opts=pulumi.ResourceOptions(provider=primary),
)

secondary_subnet = aws.ec2.Subnet(
    "secondary-subnet",
    vpc_id="vpc-0fedcba9876543210",
    cidr_block="10.1.1.0/24",
    availability_zone="us-west-2a",  # iacfix-expect: zonesOfSeveralRegions
    opts=pulumi.ResourceOptions(provider=secondary),
)

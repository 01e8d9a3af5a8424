import pulumi
from pulumi_aws import ec2, Provider, ProviderArgs

provider = Provider("regional", args=ProviderArgs(region="us-east-2"))

vpc = ec2.Vpc("main", args=ec2.VpcArgs(cidr_block="10.20.0.0/16"), opts=pulumi.ResourceOptions(provider=provider))

ec2.VpcEndpoint(
    "dynamodb-endpoint",
    args=ec2.VpcEndpointArgs(
        vpc_id=vpc.id,
        service_name="com.amazonaws.us-east-2.dynamodb",  # iacfix-expect: repeatedRegion
        vpc_endpoint_type="Gateway",
    ),
    opts=pulumi.ResourceOptions(provider=provider),
)

ec2.Subnet(
    "data-a",
    args={
        "vpc_id": vpc.id,
        "cidr_block": "10.20.1.0/24",
        "availability_zone": "us-east-2a",
    },
    opts=pulumi.ResourceOptions(provider=provider),
)

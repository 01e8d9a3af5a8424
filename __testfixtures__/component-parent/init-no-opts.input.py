import pulumi
import pulumi_aws as aws


class NetworkStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:network:NetworkStack", name, None, opts)

        self.vpc = aws.ec2.Vpc(
            f"main-vpc-{environment_suffix}",
            cidr_block="10.0.0.0/16",
            enable_dns_hostnames=True,
            tags={"Name": f"main-vpc-{environment_suffix}"},
        )

        self.igw = aws.ec2.InternetGateway(f"igw-{environment_suffix}", vpc_id=self.vpc.id)

        aws.ec2.Subnet(
            f"public-subnet-{environment_suffix}",
            aws.ec2.SubnetArgs(
                vpc_id=self.vpc.id,
                cidr_block="10.0.1.0/24",
            ),
        )

        self.register_outputs({"vpc_id": self.vpc.id})

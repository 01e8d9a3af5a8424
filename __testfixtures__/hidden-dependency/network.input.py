import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environment_suffix") or "dev"
azs = ["a", "b"]


class NetworkStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:network:NetworkStack", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"vpc-{environment_suffix}", cidr_block="10.0.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.igw = aws.ec2.InternetGateway(f"igw-{environment_suffix}", vpc_id=self.vpc.id, opts=pulumi.ResourceOptions(parent=self))

        self.nat_gateways = []
        for i, az in enumerate(azs):
            subnet = aws.ec2.Subnet(
                f"public-{az}-{environment_suffix}",
                vpc_id=self.vpc.id,
                cidr_block=f"10.0.{i}.0/24",
                map_public_ip_on_launch=True,
                opts=pulumi.ResourceOptions(parent=self),
            )
            eip = aws.ec2.Eip(f"nat-eip-{az}-{environment_suffix}", domain="vpc", opts=pulumi.ResourceOptions(parent=self))
            nat = aws.ec2.NatGateway(
                f"nat-{az}-{environment_suffix}",
                allocation_id=eip.id,
                subnet_id=subnet.id,
                opts=pulumi.ResourceOptions(parent=self),
            )
            self.nat_gateways.append(nat)

        bastion = aws.ec2.Instance(
            f"bastion-{environment_suffix}",
            ami="ami-placeholder",
            instance_type="t3.micro",
            subnet_id=subnet.id,
        )
        self.bastion_eip = aws.ec2.Eip(f"bastion-eip-{environment_suffix}", instance=bastion.id, domain="vpc")

        self.register_outputs({"vpc_id": self.vpc.id})

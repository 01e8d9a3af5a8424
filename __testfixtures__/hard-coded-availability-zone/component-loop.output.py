"""Network stack for the transaction monitoring system."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class NetworkStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: ResourceOptions = None):
        super().__init__("tap:network:NetworkStack", name, None, opts)
        self.environment_suffix = environment_suffix
        self.vpc = aws.ec2.Vpc(
            f"vpc-{environment_suffix}",
            cidr_block="10.0.0.0/16",
            opts=ResourceOptions(parent=self),
        )
        self.private_subnets = self._create_private_subnets()

    def _create_private_subnets(self) -> list:
        """Create private subnets in multiple AZs."""
        azs = aws.get_availability_zones(state="available").names[:3]
        subnets = []

        for idx, az in enumerate(azs):
            subnet = aws.ec2.Subnet(
                f"private-subnet-{idx}-{self.environment_suffix}",
                vpc_id=self.vpc.id,
                cidr_block=f"10.0.{idx + 1}.0/24",
                availability_zone=az,
                tags={"Name": f"private-subnet-{az}-{self.environment_suffix}"},
                opts=ResourceOptions(parent=self),
            )
            subnets.append(subnet)
        return subnets

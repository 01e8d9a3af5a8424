from typing import List, Optional

import pulumi
import pulumi_aws as aws


class VpcComponent(pulumi.ComponentResource):
    def __init__(self, name: str, availability_zones: Optional[List[str]] = None, opts=None):
        super().__init__("custom:network:Vpc", name, None, opts)
        self.availability_zones = availability_zones or ['us-east-1a', 'us-east-1b', 'us-east-1c']
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.0.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.subnets = [
            aws.ec2.Subnet(
                f"{name}-subnet-{i}",
                vpc_id=self.vpc.id,
                cidr_block=f"10.0.{i}.0/24",
                availability_zone=az,
                opts=pulumi.ResourceOptions(parent=self),
            )
            for i, az in enumerate(self.availability_zones)
        ]

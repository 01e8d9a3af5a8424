"""TAP stack: compute."""
from typing import Optional

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: Optional[ResourceOptions] = None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.config = pulumi.Config()

        instance_type = self.config.get("instance_type") or "t3.micro"
        min_size = self.config.get_int("min_size") or 1

        self.asg = aws.autoscaling.Group(
            f"app-asg-{environment_suffix}",
            min_size=min_size,
            max_size=self.config.get_int("max_size") or 4,
            launch_template={"id": "lt-placeholder"},
            tags=[{"key": "InstanceType", "value": instance_type, "propagate_at_launch": True}],
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"asg_name": self.asg.name})

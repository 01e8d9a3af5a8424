import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX") or config.get("environment_suffix") or "dev"
region = os.environ.get("AWS_REGION") or config.get("region") or "us-east-1"
instance_type = config.get("instance_type", "t3.micro")

provider = aws.Provider(f"provider-{environment_suffix}", region=os.environ.get("AWS_REGION") or config.get("region") or "us-east-1")

instance = aws.ec2.Instance(
    f"web-{environment_suffix}",
    ami="ami-placeholder",
    instance_type=pulumi.Config().get("instance_type", "t3.micro"),
    tags={"Name": f"web-{environment_suffix}", "Region": (os.environ.get("AWS_REGION") or config.get("region") or "us-east-1").upper()},
    opts=pulumi.ResourceOptions(provider=provider),
)

pulumi.export("instance_type", instance_type)

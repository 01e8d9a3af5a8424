"""Serverless tracking stack."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.processor = aws.lambda_.Function(
            f"processor-{args.environment_suffix}",
            runtime="python3.12",
            handler="handler.main",
            role=self.role.arn,
            code=pulumi.AssetArchive({
                ".": pulumi.FileArchive("./lib/lambda")
            }),
            opts=ResourceOptions(parent=self),
        )

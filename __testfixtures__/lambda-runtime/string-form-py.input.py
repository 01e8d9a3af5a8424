import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.environment_suffix = args.environment_suffix

        self.tracking_lambda = aws.lambda_.Function(
            f"tracking-processor-{self.environment_suffix}",
            runtime="python3.9",
            handler="handler.main",
            role=self.lambda_role.arn,
            code=pulumi.AssetArchive({".": pulumi.FileArchive("./lib/lambda")}),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.legacy_lambda = aws.lambda_.Function(
            f"legacy-{self.environment_suffix}",
            runtime='python3.8',
            handler="legacy.main",
            role=self.lambda_role.arn,
            code=pulumi.AssetArchive({".": pulumi.FileArchive("./lib/lambda")}),
            opts=pulumi.ResourceOptions(parent=self),
        )

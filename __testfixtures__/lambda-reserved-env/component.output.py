"""TapStack: the order processing stack."""
import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, args: "TapStackArgs", opts: pulumi.ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.environment_suffix = args.environment_suffix or "dev"
        aws_region = aws.get_region().name

        self.tracking_lambda = aws.lambda_.Function(
            f"tracking-processor-{self.environment_suffix}",
            runtime="python3.12",
            handler="handler.main",
            role=self.lambda_role.arn,
            timeout=30,
            environment={
                "variables": {
                    "TABLE_NAME": self.tracking_table.name,
                    "ENVIRONMENT": self.environment_suffix,
                    "POWERTOOLS_SERVICE_NAME": "tracking-api",
                    "LOG_LEVEL": "INFO"
                }
            },
            opts=pulumi.ResourceOptions(parent=self),
        )

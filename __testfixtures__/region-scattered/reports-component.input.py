from typing import Optional

import pulumi
import pulumi_aws as aws


class ApiStack(pulumi.ComponentResource):
    """API Gateway stack, deployed to us-east-1."""

    def __init__(self, name: str, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("tap:stack:ApiStack", name, None, opts)
        self.region = "us-east-1"

        self.api = aws.apigateway.RestApi(f"{name}-api", opts=pulumi.ResourceOptions(parent=self))

        self.invoke_url = self.api.id.apply(
            lambda api_id: "https://" + api_id + ".execute-api.us-east-1.amazonaws.com/prod"  # iacfix-expect: repeatedRegion
        )
        self.register_outputs({"invoke_url": self.invoke_url})

"""API Gateway for the TAP stack."""
from typing import Optional

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, handler: aws.lambda_.Function, opts: Optional[ResourceOptions] = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.api = aws.apigateway.RestApi(
            f"orders-api-{environment_suffix}",
            description="Orders API",
            opts=ResourceOptions(parent=self),
        )

        self.orders_resource = aws.apigateway.Resource(
            f"orders-resource-{environment_suffix}",
            rest_api=self.api.id,
            parent_id=self.api.root_resource_id,
            path_part="orders",
            opts=ResourceOptions(parent=self),
        )

        self.get_method = aws.apigateway.Method(
            f"get-orders-{environment_suffix}",
            rest_api=self.api.id,
            resource_id=self.orders_resource.id,
            http_method="GET",
            authorization="NONE",
            opts=ResourceOptions(parent=self),
        )

        aws.apigateway.Integration(
            f"get-orders-integration-{environment_suffix}",
            rest_api=self.api.id,
            resource_id=self.orders_resource.id,
            http_method="GET",
            integration_http_method="POST",
            type="AWS_PROXY",
            uri=handler.invoke_arn,
            opts=ResourceOptions(parent=self),
        )

        aws.apigateway.IntegrationResponse(
            f"get-orders-integration-200-{environment_suffix}",
            rest_api=self.api.id,
            resource_id=self.orders_resource.id,
            http_method=self.get_method.http_method,
            status_code="200",
        )

        self.deployment = aws.apigateway.Deployment(
            f"orders-deployment-{environment_suffix}",
            rest_api=self.api.id,
            opts=ResourceOptions(parent=self, depends_on=[self.get_method]),
        )

        self.register_outputs({"deployment_id": self.deployment.id})

import pulumi
import pulumi_aws as aws


class ApiStack(pulumi.ComponentResource):
    def __init__(self, name, env_suffix, opts=None):
        super().__init__("tap:api:ApiStack", name, None, opts)

        self.api = aws.apigateway.RestApi(f"api-{env_suffix}", opts=pulumi.ResourceOptions(parent=self))

        self.deployment = aws.apigateway.Deployment(
            f"api-deployment-{env_suffix}",
            rest_api=self.api.id,
            opts=pulumi.ResourceOptions(parent=self, depends_on=[self.method]),
        )
        self.deployment_stage = aws.apigateway.Stage(
            f"api-deployment-{env_suffix}-stage",
            rest_api=self.api.id,
            deployment=self.deployment.id,
            stage_name=env_suffix,
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.register_outputs({"url": self.deployment_stage.invoke_url})

import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, env_suffix, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.deployment = aws.apigateway.Deployment(
            f"deployment-{env_suffix}",
            rest_api=self.api.id,
            depends_on=[self.method, self.integration],
        )

        self.stage = aws.apigateway.Stage(
            f"stage-{env_suffix}",
            rest_api=self.api.id,
            deployment=self.deployment.id,
            stage_name="prod",
            parent=self,
            opts=pulumi.ResourceOptions(depends_on=[self.deployment]),
        )

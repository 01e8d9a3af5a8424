from json import dumps

import pulumi
from pulumi import ResourceOptions
from pulumi_aws import cloudwatch, lb


class WebStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:web:WebStack", name, None, opts)
        alb = lb.LoadBalancer(f"{name}-alb", load_balancer_type="application", opts=ResourceOptions(parent=self))

        cloudwatch.Dashboard(
            f"{name}-dashboard",
            dashboard_name=f"{name}-dashboard",
            dashboard_body=pulumi.Output.json_dumps({
                "widgets": [{"type": "metric", "properties": {"metrics": [["AWS/ApplicationELB", "RequestCount", "LoadBalancer", alb.arn_suffix]]}}]
            }),
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"url": alb.dns_name.apply(lambda dns_name: f"http://{dns_name}")})

import json

import pulumi
import pulumi_aws as aws
from pulumi import Output, ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.dashboard = aws.cloudwatch.Dashboard(
            f"migration-dashboard-{environment_suffix}",
            dashboard_name=f"migration-{environment_suffix}",
            dashboard_body=Output.all(self.task_id, self.cluster_id).apply(
                lambda args: json.dumps({
                    "widgets": [
                        {
                            "type": "metric",
                            "properties": {
                                "metrics": [
                                    ["AWS/DMS", "CDCLatencySource", {"dimensions": {"ReplicationTaskIdentifier": args[0]}}],
                                    ["AWS/RDS", "CPUUtilization", {"DBClusterIdentifier": args[1], "stat": "Average"}],
                                ],
                                "period": 300,
                                "title": "Migration",
                            },
                        }
                    ]
                })
            ),
            opts=ResourceOptions(parent=self),
        )

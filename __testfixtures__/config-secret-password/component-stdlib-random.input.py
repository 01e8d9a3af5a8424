import json
import random

import pulumi
from pulumi_aws import rds, secretsmanager


class DatabaseStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:db:DatabaseStack", name, None, opts)
        port = random.choice([5432, 5433])

        self.cluster = rds.Cluster(
            f"saas-aurora-{environment_suffix}",
            engine="aurora-postgresql",
            master_username="dbadmin",
            master_password=pulumi.Config().require_secret("dbMasterPassword"),
            port=port,
            skip_final_snapshot=True,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"endpoint": self.cluster.endpoint})

import json
import random

import pulumi
from pulumi_aws import rds, secretsmanager
import pulumi_random


class DatabaseStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:db:DatabaseStack", name, None, opts)
        port = random.choice([5432, 5433])

        db_master_password = pulumi_random.RandomPassword(
            f"db-master-password-{environment_suffix}",
            length=30,
            special=True,
            override_special="!#$%&*()-_=+[]{}<>:?",
            opts=pulumi.ResourceOptions(parent=self),
        )
        db_master_password_secret = secretsmanager.Secret(
            f"db-master-password-{environment_suffix}",
            description="Generated database password (replaces the dbMasterPassword config secret)",
            opts=pulumi.ResourceOptions(parent=self),
        )
        secretsmanager.SecretVersion(
            f"db-master-password-{environment_suffix}",
            secret_id=db_master_password_secret.id,
            secret_string=db_master_password.result,
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.cluster = rds.Cluster(
            f"saas-aurora-{environment_suffix}",
            engine="aurora-postgresql",
            master_username="dbadmin",
            master_password=db_master_password.result,
            port=port,
            skip_final_snapshot=True,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"endpoint": self.cluster.endpoint})

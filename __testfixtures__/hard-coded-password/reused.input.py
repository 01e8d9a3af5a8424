import json

import pulumi
import pulumi_aws as aws


class ProductCatalog(pulumi.ComponentResource):
    def __init__(self, name, environment_suffix, opts=None):
        super().__init__("tap:catalog:ProductCatalog", name, None, opts)
        self.db_secret = aws.secretsmanager.Secret(f"db-secret-{environment_suffix}")

        # Store initial secret value
        db_password = "ChangeMe123!"  # In production, use a random password
        db_username = "postgres"

        self.rds_instance = aws.rds.Instance(
            f"rds-{environment_suffix}",
            engine="postgres",
            instance_class="db.t3.micro",
            allocated_storage=20,
            username=db_username,
            password=db_password,  # iacfix-expect: reusedManaged
            skip_final_snapshot=True,
        )

        aws.secretsmanager.SecretVersion(
            f"db-secret-version-{environment_suffix}",
            secret_id=self.db_secret.id,
            secret_string=json.dumps({"username": db_username, "password": db_password}),
        )

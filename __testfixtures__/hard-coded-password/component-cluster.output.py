import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class DatabaseStack(pulumi.ComponentResource):
    def __init__(self, name: str, args, opts: ResourceOptions = None):
        super().__init__("tap:database:DatabaseStack", name, None, opts)

        # Aurora Serverless v2 for cost optimization and faster provisioning
        self.db_cluster = aws.rds.Cluster(
            f"payment-db-cluster-{args.environment_suffix}",
            cluster_identifier=f"payment-db-cluster-{args.environment_suffix}",
            engine=aws.rds.EngineType.AURORA_POSTGRESQL,
            engine_mode="provisioned",  # Required for Serverless v2
            engine_version="15.5",
            database_name="paymentdb",
            master_username="dbadmin",
            manage_master_user_password=True,  # In production, use AWS Secrets Manager
            storage_encrypted=True,
            skip_final_snapshot=True,
            opts=ResourceOptions(parent=self),
        )

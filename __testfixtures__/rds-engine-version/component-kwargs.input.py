import pulumi
import pulumi_aws as aws


class DatabaseStack(pulumi.ComponentResource):
    def __init__(self, name: str, env_suffix: str, opts=None):
        super().__init__("tap:db:DatabaseStack", name, None, opts)

        self.db_instance = aws.rds.Instance(
            f"postgres-{env_suffix}",
            engine="postgres",
            engine_version="14.7",
            instance_class="db.t3.micro",
            allocated_storage=20,
            manage_master_user_password=True,
            username="dbadmin",
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.cluster = aws.rds.Cluster(
            f"aurora-{env_suffix}",
            engine=aws.rds.EngineType.AURORA_POSTGRESQL,
            engine_version='15.4',
            master_username="dbadmin",
            manage_master_user_password=True,
            opts=pulumi.ResourceOptions(parent=self),
        )

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, args: "TapStackArgs", opts: ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        suffix = args.environment_suffix

        self.secondary_provider = aws.Provider(f"secondary-{suffix}", region="us-west-2", opts=ResourceOptions(parent=self))

        self.global_cluster = aws.rds.GlobalCluster(
            f"global-db-{suffix}",
            global_cluster_identifier=f"global-db-{suffix}",
            engine="aurora-postgresql",
            engine_version="15.4",
            storage_encrypted=True,
            opts=ResourceOptions(parent=self),
        )

        self.primary_cluster = aws.rds.Cluster(
            f"primary-db-{suffix}",
            engine="aurora-postgresql",
            engine_version="15.4",
            global_cluster_identifier=self.global_cluster.id,
            master_username="dbadmin",
            manage_master_user_password=True,
            storage_encrypted=True,
            opts=ResourceOptions(parent=self),
        )

        secondary_cluster_kms_key = aws.kms.Key(
            f"secondary-db-{suffix}-kms",
            description="Encrypts the cross-region Aurora replica in its own region",
            enable_key_rotation=True,
            opts=ResourceOptions(parent=self, provider=self.secondary_provider),
        )
        self.secondary_cluster = aws.rds.Cluster(
            f"secondary-db-{suffix}",
            engine="aurora-postgresql",
            engine_version="15.4",
            global_cluster_identifier=self.global_cluster.id,
            skip_final_snapshot=True,
            storage_encrypted=True,
            kms_key_id=secondary_cluster_kms_key.arn,
            opts=ResourceOptions(parent=self, provider=self.secondary_provider, depends_on=[self.primary_cluster]),
        )

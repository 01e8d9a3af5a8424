import pulumi
import pulumi_aws as aws


class DatabaseStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:db:DatabaseStack", name, None, opts)
        self.cluster = aws.rds.Cluster(
            f"app-db-{args.environment_suffix}",
            engine="aurora-postgresql",
            master_username="dbadmin",
            manage_master_user_password=True,
            storage_encrypted=True,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.replica = aws.rds.Cluster(
            f"app-db-replica-{args.environment_suffix}",
            engine="aurora-postgresql",
            replication_source_identifier=self.cluster.arn,
            source_region="us-east-1",
            storage_encrypted=True,
            kms_key_id=args.replica_key_arn,
            opts=pulumi.ResourceOptions(parent=self, provider=args.replica_provider),
        )
        self.unencrypted_replica = aws.rds.Cluster(
            f"app-db-copy-{args.environment_suffix}",
            engine="aurora-postgresql",
            replication_source_identifier=self.cluster.arn,
            source_region="us-east-1",
            storage_encrypted=False,
            opts=pulumi.ResourceOptions(parent=self, provider=args.replica_provider),
        )

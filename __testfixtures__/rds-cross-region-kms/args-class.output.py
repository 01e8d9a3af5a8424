import pulumi
import pulumi_aws as aws

env_suffix = pulumi.get_stack()
dr_provider = aws.Provider("dr", region="eu-central-1")

replica_kms_key = aws.kms.Key(
    f"reporting-replica-{env_suffix}-kms",
    description="Encrypts the cross-region Aurora replica in its own region",
    enable_key_rotation=True,
    opts=pulumi.ResourceOptions(provider=dr_provider),
)
replica = aws.rds.Cluster(
    f"reporting-replica-{env_suffix}",
    args=aws.rds.ClusterArgs(
        engine="aurora-mysql",
        replication_source_identifier=source_cluster_arn,
        source_region="eu-west-1",
        storage_encrypted=True,
        kms_key_id=replica_kms_key.arn,
    ),
    opts=pulumi.ResourceOptions(provider=dr_provider),
)

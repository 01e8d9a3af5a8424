import pulumi
import pulumi_aws as aws

env_suffix = pulumi.get_stack()
dr_provider = aws.Provider("dr", region="eu-central-1")

replica = aws.rds.Cluster(
    f"reporting-replica-{env_suffix}",
    args=aws.rds.ClusterArgs(
        engine="aurora-mysql",
        replication_source_identifier=source_cluster_arn,
        source_region="eu-west-1",
        storage_encrypted=True,
    ),
    opts=pulumi.ResourceOptions(provider=dr_provider),
)

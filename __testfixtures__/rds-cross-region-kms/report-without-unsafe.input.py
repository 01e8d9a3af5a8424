import pulumi
import pulumi_aws as aws

west = aws.Provider("west", region="us-west-2")

source = aws.rds.Cluster("orders", engine="aurora-mysql", master_username="admin", manage_master_user_password=True, storage_encrypted=True)
replica = aws.rds.Cluster(  # iacfix-expect: missingKmsKey
    "orders-replica",
    engine="aurora-mysql",
    replication_source_identifier=source.arn,
    opts=pulumi.ResourceOptions(provider=west),
)

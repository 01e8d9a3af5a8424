import pulumi
from pulumi import ResourceOptions
import pulumi_aws as aws


class DatabaseStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: ResourceOptions = None):
        super().__init__("tap:db:DatabaseStack", name, None, opts)
        child_opts = ResourceOptions(parent=self)

        self.subnet_group = aws.rds.SubnetGroup(
            f"{name}-subnets",
            subnet_ids=["subnet-a", "subnet-b"],
            opts=child_opts,
        )
        self.cluster = aws.rds.Cluster(
            f"{name}-cluster",
            engine="aurora-postgresql",
            db_subnet_group_name=self.subnet_group.name,
            skip_final_snapshot=True,
            opts=ResourceOptions(parent=self, depends_on=[self.subnet_group]),
        )
        aws.rds.ClusterInstance(
            f"{name}-instance",
            cluster_identifier=self.cluster.id,
            instance_class="db.r6g.large",
            engine="aurora-postgresql",
            opts=ResourceOptions.merge(opts, ResourceOptions(parent=self.cluster)),
        )
        self.register_outputs({})

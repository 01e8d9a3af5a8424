import pulumi
import pulumi_aws as aws

config = pulumi.Config()

aws.rds.Instance("a", engine="postgres", engine_version="16.4", instance_class="db.t3.micro")
aws.rds.Instance("b", engine="mysql", engine_version="8.0", instance_class="db.t3.micro")
aws.rds.Cluster("c", engine="aurora-postgresql", engine_version="15")
aws.rds.Instance("d", engine="postgres", engine_version=config.get("pg_version") or "14.7", instance_class="db.t3.micro")

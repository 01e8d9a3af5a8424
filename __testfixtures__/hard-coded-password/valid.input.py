import pulumi
import pulumi_aws as aws
import pulumi_random as random

config = pulumi.Config()
db_password = random.RandomPassword("db-password", length=30, special=False)

aws.rds.Instance(
    "managed",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="dbadmin",
    manage_master_user_password=True,
    skip_final_snapshot=True,
)

aws.rds.Cluster(
    "generated",
    engine="aurora-postgresql",
    master_username="dbadmin",
    master_password=db_password.result,
    skip_final_snapshot=True,
)

aws.redshift.Cluster(
    "warehouse",
    cluster_identifier="warehouse",
    node_type="ra3.xlplus",
    master_username="admin",
    master_password=config.require_secret("warehousePassword"),
)

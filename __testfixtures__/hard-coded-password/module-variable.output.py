import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().get("environmentSuffix") or "dev"

rds_instance = aws.rds.Instance(
    f"postgres-db-{environment_suffix}",
    identifier=f"fedramp-db-{environment_suffix}",
    engine="postgres",
    engine_version="16.4",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="dbadmin",
    manage_master_user_password=True,
    skip_final_snapshot=True,
)

pulumi.export("db_endpoint", rds_instance.endpoint)

from pulumi_aws import rds

db = rds.Instance(
    "orders",
    engine="postgres",
    engine_version="13.4",
    instance_class="db.t3.micro",
    allocated_storage=20,
)

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

db = aws.rds.Instance(
    "orders-db",
    engine="mysql",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="admin",
    password=config.require_secret("db_password"),  # iacfix-expect: generatePassword
    skip_final_snapshot=True,
)

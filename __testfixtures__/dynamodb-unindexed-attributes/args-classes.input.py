import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environment_suffix") or "dev"

table = aws.dynamodb.Table(
    f"activity-{environment_suffix}",
    name=f"activity-{environment_suffix}",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    range_key="timestamp",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="timestamp", type="S"),
        aws.dynamodb.TableAttributeArgs(name="user_id", type="S"),
    ],
    tags={"Environment": environment_suffix},
)

pulumi.export("table_name", table.name)

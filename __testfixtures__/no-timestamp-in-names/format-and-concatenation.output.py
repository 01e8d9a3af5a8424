import random
import time

import pulumi
import pulumi_aws as aws

env = pulumi.get_stack()

logs = aws.s3.Bucket(
    "logs",
    bucket="logs-{}".format(env),
)

lambda_role = aws.iam.Role(
    "lambda-role",
    name="lambda-role-" + env,
    assume_role_policy="{}",
)

repository = aws.ecr.Repository(
    "app",
    name="app",
    force_delete=True,
)

db = aws.rds.Instance(
    "db",
    identifier="orders-db-{env}".format(env=env),
    instance_class="db.t3.micro",
    engine="postgres",
    allocated_storage=20,
)

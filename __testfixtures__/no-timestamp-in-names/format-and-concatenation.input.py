import random
import time

import pulumi
import pulumi_aws as aws

env = pulumi.get_stack()
timestamp = int(time.time())

logs = aws.s3.Bucket(
    "logs",
    bucket="logs-{}-{}".format(env, timestamp),
)

lambda_role = aws.iam.Role(
    "lambda-role",
    name="lambda-role-" + env + "-" + str(timestamp),
    assume_role_policy="{}",
)

repository = aws.ecr.Repository(
    "app",
    name="app-{suffix}".format(suffix=random.randint(1000, 9999)),
    force_delete=True,
)

db = aws.rds.Instance(
    "db",
    identifier="orders-db-{env}-{ts}".format(env=env, ts=timestamp),
    instance_class="db.t3.micro",
    engine="postgres",
    allocated_storage=20,
)

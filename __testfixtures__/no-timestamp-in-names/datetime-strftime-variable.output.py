from datetime import datetime

import pulumi
from pulumi_aws import s3, sqs

stack = pulumi.get_stack()

archive = s3.Bucket(
    "archive",
    bucket=f"archive-{stack}",
    opts=pulumi.ResourceOptions(protect=False),
)

dead_letters = sqs.Queue(
    "dead-letters",
    name=f"dead-letters-{stack}",
    message_retention_seconds=1209600,
)

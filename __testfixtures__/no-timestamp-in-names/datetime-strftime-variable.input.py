from datetime import datetime

import pulumi
from pulumi_aws import s3, sqs

stack = pulumi.get_stack()
date_suffix = datetime.now().strftime('%Y%m%d')

archive = s3.Bucket(
    "archive",
    bucket=f"archive-{stack}-{date_suffix}",
    opts=pulumi.ResourceOptions(protect=False),
)

dead_letters = sqs.Queue(
    f"dead-letters-{date_suffix}",
    name=f"dead-letters-{stack}-{date_suffix}",
    message_retention_seconds=1209600,
)

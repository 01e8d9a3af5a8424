from os import environ

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
tags = {
    "Environment": environ.get("ENVIRONMENT_SUFFIX") or config.get("environmentSuffix") or "dev",
    "Owner": environ.get("OWNER", "platform"),
}

aws.sqs.Queue("jobs", tags=tags)

from os import environ

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
tags = {
    "Environment": config.require("environmentSuffix"),
    "Owner": environ.get("OWNER", "platform"),
}

aws.sqs.Queue("jobs", tags=tags)

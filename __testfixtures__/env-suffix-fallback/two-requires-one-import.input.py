import json
import pulumi
from pulumi_aws import s3

config = pulumi.Config()
environment_suffix = config.require("environmentSuffix")
env_suffix = config.require("envSuffix")

s3.BucketV2(f"a-{environment_suffix}")
s3.BucketV2(f"b-{env_suffix}", tags={"meta": json.dumps({"suffix": env_suffix})})

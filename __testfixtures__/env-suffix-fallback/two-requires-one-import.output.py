import json
import pulumi
from pulumi_aws import s3
import os

config = pulumi.Config()
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX") or config.get("environmentSuffix") or "dev"
env_suffix = os.environ.get("ENVIRONMENT_SUFFIX") or config.get("envSuffix") or "dev"

s3.BucketV2(f"a-{environment_suffix}")
s3.BucketV2(f"b-{env_suffix}", tags={"meta": json.dumps({"suffix": env_suffix})})

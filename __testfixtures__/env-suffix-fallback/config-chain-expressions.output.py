import os.path

import pulumi
import pulumi_aws as aws

suffix = (os.environ.get("ENVIRONMENT_SUFFIX") or pulumi.Config().get("environmentSuffix") or "dev").lower()

aws.s3.BucketV2(
    f"assets-{suffix}",
    tags={"Suffix": os.environ.get("ENVIRONMENT_SUFFIX") or pulumi.Config().get("environmentSuffix") or "dev"},
)

with open(os.path.join(os.path.dirname(__file__), "README.md")) as readme:
    pulumi.export("readme", readme.read())

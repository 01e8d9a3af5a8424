import os.path

import pulumi
import pulumi_aws as aws

suffix = pulumi.Config().require("environmentSuffix").lower()

aws.s3.BucketV2(
    f"assets-{suffix}",
    tags={"Suffix": pulumi.Config().require("environmentSuffix")},
)

with open(os.path.join(os.path.dirname(__file__), "README.md")) as readme:
    pulumi.export("readme", readme.read())

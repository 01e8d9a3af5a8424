import pulumi
import pulumi_aws as aws

lake = aws.s3.Bucket(
    "data-lake",
    bucket="{}-data-lake".format(pulumi.get_stack()).lower(),
    tags={"Purpose": "analytics"},
)

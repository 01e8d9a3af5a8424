import pulumi
import pulumi_aws as aws

lake = aws.s3.Bucket(
    "data-lake",
    bucket="{}-Data_Lake".format(pulumi.get_stack()),
    tags={"Purpose": "analytics"},
)

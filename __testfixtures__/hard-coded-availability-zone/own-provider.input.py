import pulumi
import pulumi_aws as aws

dr_provider = aws.Provider("dr", region="us-west-2")

dr_volume = aws.ebs.Volume(
    "dr-volume",
    availability_zone="us-west-2b",  # iacfix-expect: zoneOfOwnProvider
    size=50,
    opts=pulumi.ResourceOptions(provider=dr_provider),
)

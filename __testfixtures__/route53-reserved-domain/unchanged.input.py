import pulumi
import pulumi_aws as aws

config = pulumi.Config()
base_domain = config.require("base_domain")

# a zone named by the user, a private zone, and hosts that are not under a zone of this program
public_zone = aws.route53.Zone("public-zone", name=f"api.{base_domain}")
private_zone = aws.route53.Zone(
    "private-zone",
    name="corp.example.com",
    vpcs=[aws.route53.ZoneVpcArgs(vpc_id=vpc.id)],
)
aws.sns.TopicSubscription("ops-email", topic=topic.arn, protocol="email", endpoint="ops@example.com")
aws.acm.Certificate("legacy-cert", domain_name="legacy.example.com", validation_method="DNS")

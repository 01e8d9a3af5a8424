import pulumi
import pulumi_aws as aws

config = pulumi.Config()
domain = config.get("domain") or "shop.set-domain-name.invalid"
notification_email = config.get("notification_email") or "team@example.com"

zone = aws.route53.Zone("shop-zone", name=domain, force_destroy=True)

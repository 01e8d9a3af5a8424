import pulumi
from pulumi_aws import acm, route53


class DnsStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:dns:DnsStack", name, None, opts)

        self.certificate = acm.Certificate(
            "wildcard-cert",
            domain_name=f"*.saas-platform.{pulumi.Config().get('domain_name') or 'set-domain-name.invalid'}",
            validation_method="DNS",
            opts=pulumi.ResourceOptions(parent=self),
        )

        domain_name = pulumi.Config().get("domain_name") or "set-domain-name.invalid"
        # Main hosted zone
        self.main_zone = route53.Zone("main-zone",
            name=f"saas-platform.{domain_name}",
            comment="Main hosted zone for SaaS platform",
            tags={"Name": "main-platform-zone"},
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.app_record = route53.Record("app-record",
            zone_id=self.main_zone.zone_id,
            name=f"app.saas-platform.{domain_name}",
            type="CNAME",
            ttl=300,
            records=[self.alb.dns_name],
            opts=pulumi.ResourceOptions(parent=self),
        )

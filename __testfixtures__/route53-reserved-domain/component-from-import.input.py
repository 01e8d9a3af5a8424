import pulumi
from pulumi_aws import acm, route53


class DnsStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:dns:DnsStack", name, None, opts)

        self.certificate = acm.Certificate(
            "wildcard-cert",
            domain_name="*.saas-platform.example.com",
            validation_method="DNS",
            opts=pulumi.ResourceOptions(parent=self),
        )

        # Main hosted zone
        self.main_zone = route53.Zone("main-zone",
            name="saas-platform.example.com",
            comment="Main hosted zone for SaaS platform",
            tags={"Name": "main-platform-zone"},
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.app_record = route53.Record("app-record",
            zone_id=self.main_zone.zone_id,
            name="app.saas-platform.example.com",
            type="CNAME",
            ttl=300,
            records=[self.alb.dns_name],
            opts=pulumi.ResourceOptions(parent=self),
        )

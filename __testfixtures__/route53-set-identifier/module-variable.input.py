import pulumi
from pulumi_aws import route53

config = pulumi.Config()
env_suffix = config.get("env_suffix") or "dev"

zone = route53.Zone("app-zone", name="shop.internal-demo.net")

blue = route53.Record(
    "blue",
    zone_id=zone.zone_id,
    name="www",
    type="CNAME",
    ttl=60,
    records=["blue.shop.internal-demo.net"],
    set_identifier="blue {weight}",
    weighted_routing_policies=[{"weight": 90}],
)

import pulumi
import pulumi_aws as aws

aws.route53.Record(
    f"latency-{pulumi.get_stack()}",
    zone_id=zone.zone_id,
    name="api",
    type="A",
    set_identifier=f"us-east-1-{pulumi.get_stack()}",
    latency_routing_policies=[{"region": "us-east-1"}],
)

aws.route53.Record(
    "static",
    zone_id=zone.zone_id,
    name="static",
    type="A",
    set_identifier="static",  # iacfix-expect: noSuffix
    weighted_routing_policies=[{"weight": 1}],
)


def regional_record(region_name):
    return aws.route53.Record(
        "regional",
        zone_id=zone.zone_id,
        name="api",
        type="A",
        set_identifier=region_name,
    )

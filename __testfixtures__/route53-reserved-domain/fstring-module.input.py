"""Trading platform DNS with disaster-recovery failover."""
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environment_suffix") or "dev"

hosted_zone = aws.route53.Zone(
    f"hosted-zone-{environment_suffix}",
    name=f"tradingdb-{environment_suffix}.example.com",
    comment="Hosted zone for disaster recovery failover",
)

primary_record = aws.route53.Record(
    f"primary-record-{environment_suffix}",
    zone_id=hosted_zone.zone_id,
    name=f"db.tradingdb-{environment_suffix}.example.com",
    type="CNAME",
    ttl=60,
    records=[primary_cluster.endpoint],
)

pulumi.export("db_dns_name", f"db.tradingdb-{environment_suffix}.example.com")

"""Multi-region failover DNS for the trading platform."""
import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, args: "TapStackArgs", opts: pulumi.ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.environment_suffix = args.environment_suffix

        self.primary_record = aws.route53.Record(
            f"primary-record-{self.environment_suffix}",
            zone_id=args.zone_id,
            name="api",
            type="A",
            set_identifier=f"primary-{self.environment_suffix}",
            failover_routing_policies=[aws.route53.RecordFailoverRoutingPolicyArgs(type="PRIMARY")],
            aliases=[aws.route53.RecordAliasArgs(name=args.primary_lb.dns_name, zone_id=args.primary_lb.zone_id, evaluate_target_health=True)],
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.secondary_record = aws.route53.Record(
            f"secondary-record-{self.environment_suffix}",
            zone_id=args.zone_id,
            name="api",
            type="A",
            set_identifier=f'secondary-{self.environment_suffix}',
            failover_routing_policies=[{"type": "SECONDARY"}],
            aliases=[{"name": args.secondary_lb.dns_name, "zone_id": args.secondary_lb.zone_id, "evaluate_target_health": True}],
            opts=pulumi.ResourceOptions(parent=self),
        )

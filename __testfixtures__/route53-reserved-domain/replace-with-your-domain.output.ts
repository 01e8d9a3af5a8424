import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class TapStack extends pulumi.ComponentResource {
  public readonly hostedZone?: aws.route53.Zone;

  constructor(name: string, args: { environmentSuffix: string; alb: aws.lb.LoadBalancer }, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);

    const domainName = new pulumi.Config().get("domainName") ?? "set-domain-name.invalid";
    this.hostedZone = new aws.route53.Zone(`zone-${args.environmentSuffix}`, {
      name: domainName, // Replace with your domain
    }, { parent: this });

    new aws.route53.Record(`app-record-${args.environmentSuffix}`, {
      zoneId: this.hostedZone.zoneId,
      name: `app-${args.environmentSuffix}.${domainName}`, // Replace with your subdomain
      type: "A",
      aliases: [{ name: args.alb.dnsName, zoneId: args.alb.zoneId, evaluateTargetHealth: true }],
    }, { parent: this });
  }
}

import * as aws from "@pulumi/aws";

// already unique per deployment, taken from data, or a plain record without routing policy
export function records(zone: aws.route53.Zone, environmentSuffix: string, phases: { name: string; weight: number }[]) {
  new aws.route53.Record(`primary-${environmentSuffix}`, {
    zoneId: zone.zoneId,
    name: "api",
    type: "A",
    setIdentifier: `primary-${environmentSuffix}`,
    failoverRoutingPolicies: [{ type: "PRIMARY" }],
  });
  for (const phase of phases) {
    new aws.route53.Record(`phase-${phase.name}-${environmentSuffix}`, {
      zoneId: zone.zoneId,
      name: "app",
      type: "CNAME",
      setIdentifier: phase.name,
      weightedRoutingPolicies: [{ weight: phase.weight }],
    });
  }
  new aws.route53.Record(`www-${environmentSuffix}`, { zoneId: zone.zoneId, name: "www", type: "CNAME", ttl: 300, records: ["app"] });
}

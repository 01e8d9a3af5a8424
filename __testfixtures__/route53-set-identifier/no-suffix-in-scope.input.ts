import * as aws from "@pulumi/aws";

const zone = new aws.route53.Zone("zone", { name: "corp.internal-app.net" });

const primary = new aws.route53.Record("primary", {
  zoneId: zone.zoneId,
  name: "api",
  type: "A",
  setIdentifier: "primary", // iacfix-expect: noSuffix
  failoverRoutingPolicies: [{ type: "PRIMARY" }],
  aliases: [{ name: lb.dnsName, zoneId: lb.zoneId, evaluateTargetHealth: true }],
});

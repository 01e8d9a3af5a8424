const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const stack = pulumi.getStack();

const blue = new aws.route53.Record(`blue-${stack}`, {
  zoneId: zone.zoneId,
  name: "app",
  type: "CNAME",
  ttl: 30,
  records: [blueLb.dnsName],
  setIdentifier: `blue-${stack}`,
  weightedRoutingPolicies: [{ weight: 100 }],
});

module.exports = { blueRecord: blue.fqdn };

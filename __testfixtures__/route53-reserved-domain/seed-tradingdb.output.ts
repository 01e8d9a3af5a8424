import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const domainName = config.get("domainName") ?? "set-domain-name.invalid";
// Route 53 Hosted Zone
const hostedZone = new aws.route53.Zone(`hosted-zone-${environmentSuffix}`, {
    name: `tradingdb-${environmentSuffix}.${domainName}`,
    comment: "Hosted zone for disaster recovery failover",
});

// Route 53 Failover Records
const primaryRecord = new aws.route53.Record(`primary-record-${environmentSuffix}`, {
    zoneId: hostedZone.zoneId,
    name: `db.tradingdb-${environmentSuffix}.${domainName}`,
    type: "CNAME",
    ttl: 60,
    records: [primaryCluster.endpoint],
    setIdentifier: "Primary",
    failoverRoutingPolicies: [{ type: "PRIMARY" }],
});

export const route53DnsName = `db.tradingdb-${environmentSuffix}.${domainName}`;

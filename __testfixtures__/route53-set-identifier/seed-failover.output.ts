import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const hostedZone = new aws.route53.Zone(`hosted-zone-${environmentSuffix}`, {
    name: `tradingdb-${environmentSuffix}.internal-trading.net`,
    comment: "Hosted zone for disaster recovery failover",
});

const primaryRecord = new aws.route53.Record(`primary-record-${environmentSuffix}`, {
    zoneId: hostedZone.zoneId,
    name: `db.tradingdb-${environmentSuffix}.internal-trading.net`,
    type: "CNAME",
    ttl: 60,
    records: [primaryCluster.endpoint],
    setIdentifier: `Primary-${environmentSuffix}`,
    failoverRoutingPolicies: [{ type: "PRIMARY" }],
    healthCheckId: primaryHealthCheck.id,
});

const secondaryRecord = new aws.route53.Record(`secondary-record-${environmentSuffix}`, {
    zoneId: hostedZone.zoneId,
    name: `db.tradingdb-${environmentSuffix}.internal-trading.net`,
    type: "CNAME",
    ttl: 60,
    records: [secondaryCluster.endpoint],
    setIdentifier: `Secondary-${environmentSuffix}`,
    failoverRoutingPolicies: [{ type: "SECONDARY" }],
});

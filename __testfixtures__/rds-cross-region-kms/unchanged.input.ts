import * as aws from "@pulumi/aws";

const east = new aws.Provider("east", { region: "us-east-1" });
const west = new aws.Provider("west", { region: "us-west-2" });

const global = new aws.rds.GlobalCluster("global", { globalClusterIdentifier: "orders-global", engine: "aurora-postgresql" }, { provider: east });

// encrypted with a key of its own Region already
const westKey = new aws.kms.Key("west-key", { description: "orders replica" }, { provider: west });
const primary = new aws.rds.Cluster("primary", {
  engine: "aurora-postgresql",
  globalClusterIdentifier: global.id,
  masterUsername: "dbadmin",
  manageMasterUserPassword: true,
  storageEncrypted: true,
}, { provider: east });
const secondary = new aws.rds.Cluster("secondary", {
  engine: "aurora-postgresql",
  globalClusterIdentifier: global.id,
  storageEncrypted: true,
  kmsKeyId: westKey.arn,
}, { provider: west, dependsOn: [primary] });

// not encrypted at all
const plainGlobal = new aws.rds.GlobalCluster("plain-global", { globalClusterIdentifier: "plain", engine: "aurora-mysql" }, { provider: east });
new aws.rds.Cluster("plain-primary", { engine: "aurora-mysql", globalClusterIdentifier: plainGlobal.id, masterUsername: "admin", manageMasterUserPassword: true }, { provider: east });
new aws.rds.Cluster("plain-secondary", { engine: "aurora-mysql", globalClusterIdentifier: plainGlobal.id }, { provider: west });

// a replica in the source's own Region, and a standalone encrypted cluster
const reports = new aws.rds.Cluster("reports", { engine: "aurora-mysql", masterUsername: "admin", manageMasterUserPassword: true, storageEncrypted: true });
new aws.rds.Cluster("reports-replica", { engine: "aurora-mysql", replicationSourceIdentifier: reports.arn, storageEncrypted: true });

import * as aws from "@pulumi/aws";

const east = new aws.Provider("east", { region: "us-east-1" });
const west = new aws.Provider("west", { region: "us-west-2" });

const global = new aws.rds.GlobalCluster("global", { globalClusterIdentifier: "orders-global", engine: "aurora-postgresql", storageEncrypted: true }, { provider: east });
const primary = new aws.rds.Cluster("primary", { engine: "aurora-postgresql", globalClusterIdentifier: global.id, masterUsername: "dbadmin", manageMasterUserPassword: true }, { provider: east });
// iacfix-expect: missingKmsKey
const secondary = new aws.rds.Cluster("secondary", {
  engine: "aurora-postgresql",
  globalClusterIdentifier: global.id,
}, { provider: west, dependsOn: [primary] });

import * as aws from "@pulumi/aws";

const west = new aws.Provider("west", { region: "us-west-2" });
const replicaOptions = { provider: west, protect: true };

const source = new aws.rds.Cluster("orders", { engine: "aurora-mysql", masterUsername: "admin", manageMasterUserPassword: true, storageEncrypted: true });
// iacfix-expect: missingKmsKeyManual
const replica = new aws.rds.Cluster("orders-replica", {
  engine: "aurora-mysql",
  replicationSourceIdentifier: source.arn,
  sourceRegion: "us-east-1",
  storageEncrypted: true,
}, replicaOptions);

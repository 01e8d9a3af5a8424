"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const west = new aws.Provider("west", { region: "us-west-2" });

const source = new aws.rds.Cluster("orders", {
  engine: "aurora-mysql",
  masterUsername: "admin",
  manageMasterUserPassword: true,
  storageEncrypted: true,
});

const replicaKmsKey = new aws.kms.Key("orders-replica-kms", {
  description: "Encrypts the cross-region Aurora replica in its own region",
  enableKeyRotation: true,
}, { provider: west })
const replica = new aws.rds.Cluster("orders-replica", { engine: "aurora-mysql", replicationSourceIdentifier: source.arn, sourceRegion: "us-east-1", storageEncrypted: true, kmsKeyId: replicaKmsKey.arn }, { provider: west })

exports.replicaEndpoint = replica.endpoint;

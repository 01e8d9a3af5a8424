import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const primaryProvider = new aws.Provider("primary-provider", { region: "us-east-1" });
const secondaryProvider = new aws.Provider("secondary-provider", { region: "eu-west-1" });

const globalCluster = new aws.rds.GlobalCluster(`global-cluster-${environmentSuffix}`, {
    globalClusterIdentifier: `global-cluster-${environmentSuffix}`,
    engine: "aurora-mysql",
    engineVersion: "8.0.mysql_aurora.3.04.0",
    databaseName: "tradingdb",
    storageEncrypted: true,
}, { provider: primaryProvider });

// Primary RDS Aurora Cluster
const primaryCluster = new aws.rds.Cluster(`primary-cluster-${environmentSuffix}`, {
    clusterIdentifier: `primary-cluster-${environmentSuffix}`,
    engine: "aurora-mysql",
    engineVersion: "8.0.mysql_aurora.3.04.0",
    databaseName: "tradingdb",
    masterUsername: "admin",
    masterPassword: dbPassword.result,
    globalClusterIdentifier: globalCluster.id,
    storageEncrypted: true,
    skipFinalSnapshot: true,
}, { provider: primaryProvider });

// Secondary RDS Aurora Cluster
const secondaryCluster = new aws.rds.Cluster(`secondary-cluster-${environmentSuffix}`, {
    clusterIdentifier: `secondary-cluster-${environmentSuffix}`,
    engine: "aurora-mysql",
    engineVersion: "8.0.mysql_aurora.3.04.0",
    dbSubnetGroupName: secondaryDbSubnetGroup.name,
    globalClusterIdentifier: globalCluster.id,
    skipFinalSnapshot: true,
}, { provider: secondaryProvider, dependsOn: [primaryCluster] });

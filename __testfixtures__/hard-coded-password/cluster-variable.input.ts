import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";
const masterPassword = pulumi.secret("SuperSecret123!");

const cluster = new aws.rds.Cluster(`aurora-cluster-${environmentSuffix}`, {
    engine: aws.rds.EngineType.AuroraPostgresql,
    engineVersion: "16.4",
    databaseName: "payments",
    masterUsername: "dbadmin",
    masterPassword: masterPassword,
    storageEncrypted: true,
    skipFinalSnapshot: true,
});

export const clusterEndpoint = cluster.endpoint;

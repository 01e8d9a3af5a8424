import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

// Primary RDS Aurora Cluster
const primaryCluster = new aws.rds.Cluster(`primary-cluster-${environmentSuffix}`, {
    clusterIdentifier: `primary-cluster-${environmentSuffix}`,
    engine: "aurora-mysql",
    engineVersion: "8.0.mysql_aurora.3.04.0",
    databaseName: "tradingdb",
    masterUsername: "admin",
    masterPassword: config.requireSecret("dbPassword"),
    storageEncrypted: true,
    skipFinalSnapshot: true,
}, { provider: primaryProvider });

const primaryHealthCheckFunction = new aws.lambda.Function(`primary-health-check-${environmentSuffix}`, {
    runtime: aws.lambda.Runtime.NodeJS18dX,
    handler: "index.handler",
    role: lambdaRole.arn,
    code: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset(healthCheckCode) }),
    environment: {
        variables: {
            DB_HOST: primaryCluster.endpoint,
            DB_USER: "admin",
            DB_PASSWORD: config.requireSecret("dbPassword"),
            DB_NAME: "tradingdb",
        },
    },
}, { provider: primaryProvider });

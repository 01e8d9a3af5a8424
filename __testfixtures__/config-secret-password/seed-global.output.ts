import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const dbPassword = new random.RandomPassword(`db-password-${environmentSuffix}`, {
    length: 30,
    special: true,
    overrideSpecial: "!#$%&*()-_=+[]{}<>:?",
});
const dbPasswordSecret = new aws.secretsmanager.Secret(`db-password-${environmentSuffix}`, {
    description: "Generated database password (replaces the dbPassword config secret)",
});
new aws.secretsmanager.SecretVersion(`db-password-${environmentSuffix}`, {
    secretId: dbPasswordSecret.id,
    secretString: dbPassword.result,
});

// Primary RDS Aurora Cluster
const primaryCluster = new aws.rds.Cluster(`primary-cluster-${environmentSuffix}`, {
    clusterIdentifier: `primary-cluster-${environmentSuffix}`,
    engine: "aurora-mysql",
    engineVersion: "8.0.mysql_aurora.3.04.0",
    databaseName: "tradingdb",
    masterUsername: "admin",
    masterPassword: dbPassword.result,
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
            DB_PASSWORD: dbPassword.result,
            DB_NAME: "tradingdb",
        },
    },
}, { provider: primaryProvider });

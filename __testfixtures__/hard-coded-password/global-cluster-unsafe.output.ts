import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";

const environmentSuffix = pulumi.getStack();

const globalCluster = new aws.rds.GlobalCluster(`global-${environmentSuffix}`, {
    globalClusterIdentifier: `global-${environmentSuffix}`,
    engine: "aurora-postgresql",
    engineVersion: "16.4",
});

const dbPassword = new random.RandomPassword(`db-password-${environmentSuffix}`, {
    length: 30,
    special: true,
    overrideSpecial: "!#$%&*()-_=+[]{}<>:?",
});
const primaryCluster = new aws.rds.Cluster(`primary-${environmentSuffix}`, {
    engine: "aurora-postgresql",
    engineVersion: "16.4",
    globalClusterIdentifier: globalCluster.id,
    masterUsername: "dbadmin",
    masterPassword: dbPassword.result,
    skipFinalSnapshot: true,
});

const authToken = new random.RandomPassword(`auth-token-${environmentSuffix}`, {
    length: 32,
    special: true,
    overrideSpecial: "!&#$^<>-",
});
const redis = new aws.elasticache.ReplicationGroup(`sessions-${environmentSuffix}`, {
    description: "Session cache",
    engine: "redis",
    nodeType: "cache.t4g.micro",
    numCacheClusters: 2,
    transitEncryptionEnabled: true,
    authToken: authToken.result,
});

export const endpoints = [primaryCluster.endpoint, redis.primaryEndpointAddress];

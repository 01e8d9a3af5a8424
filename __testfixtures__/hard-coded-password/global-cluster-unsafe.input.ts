import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const environmentSuffix = pulumi.getStack();

const globalCluster = new aws.rds.GlobalCluster(`global-${environmentSuffix}`, {
    globalClusterIdentifier: `global-${environmentSuffix}`,
    engine: "aurora-postgresql",
    engineVersion: "16.4",
});

const primaryCluster = new aws.rds.Cluster(`primary-${environmentSuffix}`, {
    engine: "aurora-postgresql",
    engineVersion: "16.4",
    globalClusterIdentifier: globalCluster.id,
    masterUsername: "dbadmin",
    masterPassword: "ChangeMe123!",
    skipFinalSnapshot: true,
});

const redis = new aws.elasticache.ReplicationGroup(`sessions-${environmentSuffix}`, {
    description: "Session cache",
    engine: "redis",
    nodeType: "cache.t4g.micro",
    numCacheClusters: 2,
    transitEncryptionEnabled: true,
    authToken: "redis-auth-token-0123456789",
});

export const endpoints = [primaryCluster.endpoint, redis.primaryEndpointAddress];

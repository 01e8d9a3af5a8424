import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

export const cluster = new aws.rds.Cluster(`aurora-${environmentSuffix}`, {
    engine: "aurora-postgresql",
    engineVersion: "16.4",
    masterUsername: "dbadmin",
    manageMasterUserPassword: true,
    availabilityZones: ["us-west-2a", "us-west-2b", "us-west-2c"],
    skipFinalSnapshot: true,
});

import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const availabilityZones = aws.getAvailabilityZonesOutput({ state: "available" });
export const cluster = new aws.rds.Cluster(`aurora-${environmentSuffix}`, {
    engine: "aurora-postgresql",
    engineVersion: "16.4",
    masterUsername: "dbadmin",
    manageMasterUserPassword: true,
    availabilityZones: [availabilityZones.names[0], availabilityZones.names[1], availabilityZones.names[2]],
    skipFinalSnapshot: true,
});

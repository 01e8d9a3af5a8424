import * as aws from "@pulumi/aws";

const replica = new aws.rds.Instance("orders-replica", {
    replicateSourceDb: "orders-primary",
    instanceClass: "db.t3.micro",
    password: "ReplicaPass123!", // iacfix-expect: generatePassword
    skipFinalSnapshot: true,
});

const connectionString = new aws.rds.Instance("reports-db", {
    engine: "postgres",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "reporter",
    password: "Reports123!", // iacfix-expect: generatePassword
    skipFinalSnapshot: true,
});

export const url = connectionString.password.apply((p) => `postgres://reporter:${p}@${replica.address}/reports`);

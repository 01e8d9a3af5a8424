import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

const config = new pulumi.Config();
const stack = pulumi.getStack();
const dbPassword = config.requireSecret("dbPassword");

const db = new aws.rds.Instance(`optimized-db-${stack}`, {
    engine: "postgres",
    instanceClass: "db.t3.large",
    allocatedStorage: 100,
    dbName: "optimizeddb",
    username: "dbadmin",
    password: dbPassword,
    skipFinalSnapshot: true,
});

const suffix = new random.RandomId("suffix", { byteLength: 4 });

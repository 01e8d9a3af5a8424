import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

const config = new pulumi.Config();
const stack = pulumi.getStack();
const generatedDbPassword = new random.RandomPassword(`db-password-${stack}`, {
    length: 30,
    special: true,
    overrideSpecial: "!#$%&*()-_=+[]{}<>:?",
});
const generatedDbPasswordSecret = new aws.secretsmanager.Secret(`db-password-${stack}`, {
    description: "Generated database password (replaces the dbPassword config secret)",
});
new aws.secretsmanager.SecretVersion(`db-password-${stack}`, {
    secretId: generatedDbPasswordSecret.id,
    secretString: generatedDbPassword.result,
});

const dbPassword = generatedDbPassword.result;

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

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";

const config = new pulumi.Config();
const generated = new random.RandomPassword("db-password", { length: 30, special: false });

new aws.rds.Instance("managed", {
    engine: "postgres",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "dbadmin",
    manageMasterUserPassword: true,
    skipFinalSnapshot: true,
});

new aws.rds.Cluster("from-config", {
    engine: "aurora-mysql",
    masterUsername: "admin",
    masterPassword: config.requireSecret("dbPassword"),
    skipFinalSnapshot: true,
});

new aws.docdb.Cluster("generated", {
    masterUsername: "docdb",
    masterPassword: generated.result,
    skipFinalSnapshot: true,
});

// not a database password
new aws.iam.UserLoginProfile("console", { user: "ops", passwordLength: 20 });

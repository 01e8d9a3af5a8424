import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();

const db = new aws.rds.Instance("ledger-db", {
  engine: "postgres",
  instanceClass: "db.t3.medium",
  allocatedStorage: 100,
  username: "dbadmin",
  password: config.requireSecret("dbPassword"), // iacfix-expect: generatePassword
});

import * as aws from "@pulumi/aws";

const config = { engineVersion: process.env.PG_VERSION ?? "16.4" };

// offered minor, major-only, a partial Aurora version, a version newer than
// the generated table knows, and a version that is not a literal
new aws.rds.Instance("a", { engine: "postgres", engineVersion: "14.22", instanceClass: "db.t3.micro" });
new aws.rds.Instance("b", { engine: "postgres", engineVersion: "16", instanceClass: "db.t3.micro" });
new aws.rds.Cluster("c", { engine: "aurora-mysql", engineVersion: "8.0" });
new aws.rds.Instance("d", { engine: "postgres", engineVersion: "17.99", instanceClass: "db.t3.micro" });
new aws.rds.Instance("e", { engine: "postgres", engineVersion: config.engineVersion, instanceClass: "db.t3.micro" });
new aws.rds.Instance("f", { engine: "oracle-ee", engineVersion: "19.0.0.0.ru-2019-07.rur-2019-07.r1", instanceClass: "db.m5.large" });

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const dbPassword = new pulumi.Config().requireSecret("dbPassword");

// PostgreSQL database for the application
const db = new aws.rds.Instance("app-db", {
  engine: "postgres",
  engineVersion: "14.7", // LTS
  instanceClass: "db.t3.micro",
  allocatedStorage: 20,
  username: "app",
  password: dbPassword,
  skipFinalSnapshot: true,
});

const cluster = new aws.rds.Cluster("analytics", {
  engine: aws.rds.EngineType.AuroraPostgresql,
  engineVersion: '15.4',
  masterUsername: "analytics",
  masterPassword: dbPassword,
});

new aws.rds.ClusterInstance("analytics-1", {
  clusterIdentifier: cluster.id,
  engine: cluster.engine,
  engineVersion: "15.2",
  instanceClass: "db.r6g.large",
});

export const endpoint = db.endpoint;

import { rds } from "@pulumi/aws";

export const db = new rds.Instance("orders", {
  engine: "mysql",
  engineVersion: "8.0.28",
  instanceClass: "db.t3.small",
  allocatedStorage: 20,
  manageMasterUserPassword: true,
  username: "orders",
});

export const aurora = new rds.Cluster("reports", {
  engine: "aurora-mysql",
  engineVersion: "8.0.mysql_aurora.3.02.0",
  masterUsername: "reports",
  manageMasterUserPassword: true,
});

import * as aws from "@pulumi/aws";

// PostgreSQL 9.6 is gone as a whole: reported, not rewritten
// iacfix-expect: retiredMajor
new aws.rds.Instance("legacy", { engine: "postgres", engineVersion: "9.6.22", instanceClass: "db.t3.micro" });

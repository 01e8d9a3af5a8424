import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

function database(config: pulumi.Config) {
  return new aws.rds.Instance("db", {
    engine: "mysql",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "admin",
    password: config.requireSecret("dbPassword"), // iacfix-expect: replaceManually
  });
}

function worker(config: pulumi.Config, role: aws.iam.Role) {
  return new aws.lambda.Function("worker", {
    runtime: "nodejs20.x",
    handler: "index.handler",
    role: role.arn,
    code: new pulumi.asset.FileArchive("./worker"),
    environment: { variables: { DB_PASSWORD: config.requireSecret("dbPassword") } },
  });
}

const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const config = new pulumi.Config();

const db = new aws.rds.Instance("app-db", {
  engine: "mysql",
  instanceClass: "db.t3.micro",
  allocatedStorage: 20,
  username: "admin",
  password: config.requireSecret("db_password"),
  skipFinalSnapshot: true,
})

module.exports = { endpoint: db.endpoint };

const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");
const random = require("@pulumi/random");

const config = new pulumi.Config();

const dbPassword = new random.RandomPassword("db-password", {
  length: 30,
  special: true,
  overrideSpecial: "!#$%&*()-_=+[]{}<>:?",
})
const dbPasswordSecret = new aws.secretsmanager.Secret("db-password", {
  description: "Generated database password (replaces the db_password config secret)",
})
new aws.secretsmanager.SecretVersion("db-password", {
  secretId: dbPasswordSecret.id,
  secretString: dbPassword.result,
})

const db = new aws.rds.Instance("app-db", {
  engine: "mysql",
  instanceClass: "db.t3.micro",
  allocatedStorage: 20,
  username: "admin",
  password: dbPassword.result,
  skipFinalSnapshot: true,
})

module.exports = { endpoint: db.endpoint };

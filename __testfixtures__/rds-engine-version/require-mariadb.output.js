"use strict";
const aws = require("@pulumi/aws");

const db = new aws.rds.Instance("catalog", {
    engine: "mariadb",
    engineVersion: "10.6.25",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
});

module.exports = { address: db.address };

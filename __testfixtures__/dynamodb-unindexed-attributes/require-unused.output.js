"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const stack = pulumi.getStack();

const auditTable = new aws.dynamodb.Table(`audit-log-${stack}`, {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "eventId",
    attributes: [
        { name: "eventId", type: "S" },
        { name: "actor", type: "S" },
    ],
    globalSecondaryIndexes: [{
        name: "actor-index",
        hashKey: "actor",
        projectionType: "ALL",
    }],
});

module.exports = { auditTableName: auditTable.name };

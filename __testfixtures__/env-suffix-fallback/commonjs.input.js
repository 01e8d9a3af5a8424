"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const config = new pulumi.Config();
const stackConfig = {
  environmentSuffix: config.require("environmentSuffix"),
  instanceType: config.get("instanceType") || "t3.micro",
};

const queue = new aws.sqs.Queue(`jobs-${stackConfig.environmentSuffix}`, {
  visibilityTimeoutSeconds: 60,
});

module.exports = { queueUrl: queue.url };

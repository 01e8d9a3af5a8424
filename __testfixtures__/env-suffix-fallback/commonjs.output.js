"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const config = new pulumi.Config();
const stackConfig = {
  environmentSuffix: process.env.ENVIRONMENT_SUFFIX || config.get("environmentSuffix") || "dev",
  instanceType: config.get("instanceType") || "t3.micro",
};

const queue = new aws.sqs.Queue(`jobs-${stackConfig.environmentSuffix}`, {
  visibilityTimeoutSeconds: 60,
});

module.exports = { queueUrl: queue.url };

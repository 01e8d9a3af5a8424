"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

class MonitoringStack extends pulumi.ComponentResource {
    constructor(name, args, opts) {
        super("tap:monitoring:MonitoringStack", name, args, opts);

        this.topic = new aws.sns.Topic(`${name}-alarms`, {
            displayName: "Alarms",
        });
        this.logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, {
            retentionInDays: 14,
        }, undefined);

        this.registerOutputs({ topicArn: this.topic.arn });
    }
}

module.exports = { MonitoringStack };

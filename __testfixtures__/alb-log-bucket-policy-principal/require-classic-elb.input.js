"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const logsBucket = new aws.s3.BucketV2("elb-logs", { forceDestroy: true });

const logsPolicy = new aws.s3.BucketPolicy("elb-logs-policy", {
    bucket: logsBucket.id,
    policy: logsBucket.arn.apply(function (arn) {
        return JSON.stringify({
            Version: "2012-10-17",
            Statement: [{
                Effect: "Allow",
                Principal: { Service: "elasticloadbalancing.amazonaws.com" },
                Action: "s3:PutObject",
                Resource: arn + "/AWSLogs/*",
            }],
        });
    }),
});

const elb = new aws.elb.LoadBalancer("classic", {
    availabilityZones: ["us-east-1a"],
    listeners: [{ instancePort: 80, instanceProtocol: "http", lbPort: 80, lbProtocol: "http" }],
    accessLogs: { bucket: logsBucket.bucket, interval: 60 },
}, { dependsOn: [logsPolicy] });

exports.elbDns = elb.dnsName;

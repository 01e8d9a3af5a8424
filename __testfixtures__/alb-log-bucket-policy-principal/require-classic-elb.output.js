"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const logsBucket = new aws.s3.BucketV2("elb-logs", { forceDestroy: true });

const logsPolicy = new aws.s3.BucketPolicy("elb-logs-policy", {
    bucket: logsBucket.id,
    policy: pulumi.all([logsBucket.arn, aws.elb.getServiceAccount({})]).apply(function ([arn, elbAccount]) {
        return JSON.stringify({
            Version: "2012-10-17",
            Statement: [{
                Effect: "Allow",
                Principal: { AWS: elbAccount.arn },
                Action: "s3:PutObject",
                Resource: arn + "/AWSLogs/*",
            }, {
                Effect: "Allow",
                Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" },
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

"use strict";
const aws = require("@pulumi/aws");

const kmsKey = new aws.kms.Key("elb-logs-key", { enableKeyRotation: true });

// v6 BucketV2 with the list-shaped inline encryption block
const elbLogs = new aws.s3.BucketV2("classic-elb-logs", {
    serverSideEncryptionConfigurations: [{
        rules: [{
            applyServerSideEncryptionByDefaults: [{
                sseAlgorithm: "AES256",
            }],
        }],
    }],
});

const elb = new aws.elb.LoadBalancer("legacy-web", {
    availabilityZones: ["us-east-1a", "us-east-1b"],
    listeners: [{ instancePort: 80, instanceProtocol: "http", lbPort: 80, lbProtocol: "http" }],
    accessLogs: {
        bucket: elbLogs.bucket,
        interval: 60,
    },
});

exports.elbDnsName = elb.dnsName;

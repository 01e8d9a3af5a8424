"use strict";
const aws = require("@pulumi/aws");

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

// v6 BucketV2 with the list-shaped inline encryption block
const dataBucket = new aws.s3.BucketV2(`data-${environmentSuffix}`, {
    serverSideEncryptionConfigurations: [{
        rules: [{
            applyServerSideEncryptionByDefaults: [{
                sseAlgorithm: "AES256",
            }],
        }],
    }],
    tags: { Name: `data-${environmentSuffix}` },
});

exports.dataBucketName = dataBucket.bucket;

"use strict";
const aws = require("@pulumi/aws");

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

// v6 BucketV2 with the list-shaped inline encryption block
const dataBucket = new aws.s3.BucketV2(`data-${environmentSuffix}`, {
    tags: { Name: `data-${environmentSuffix}` },
});

const dataBucketEncryption = new aws.s3.BucketServerSideEncryptionConfigurationV2(`data-${environmentSuffix}-encryption`, {
    bucket: dataBucket.id,
    rules: [
        { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
    ],
});

exports.dataBucketName = dataBucket.bucket;

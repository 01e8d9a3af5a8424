const aws = require("@pulumi/aws");

const current = aws.getRegionOutput();

const queue = new aws.sqs.Queue("jobs", { messageRetentionSeconds: 86400 });

exports.queueUrl = queue.url;
exports.endpoint = current.region.apply((r) => `https://sqs.${r}.amazonaws.com`);
exports.defaultRegion = "us-east-1";

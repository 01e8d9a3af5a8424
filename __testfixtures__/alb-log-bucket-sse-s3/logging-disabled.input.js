const aws = require("@pulumi/aws");

const key = new aws.kms.Key("logs-key", {});
const bucket = new aws.s3.BucketV2("reports", {});

new aws.s3.BucketServerSideEncryptionConfigurationV2("reports-sse", {
    bucket: bucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } }],
});

new aws.lb.LoadBalancer("alb", {
    subnets: ["subnet-1", "subnet-2"],
    accessLogs: { bucket: bucket.bucket, enabled: false },
});

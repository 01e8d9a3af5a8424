import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("nlb-logs-key", {});
const nlbLogs = new aws.s3.BucketV2("nlb-logs", {});

new aws.s3.BucketServerSideEncryptionConfigurationV2("nlb-logs-sse", {
    bucket: nlbLogs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } }],
});

new aws.lb.LoadBalancer("tcp-nlb", {
    loadBalancerType: "network",
    subnets: ["subnet-1", "subnet-2"],
    accessLogs: { bucket: nlbLogs.bucket, enabled: true },
});

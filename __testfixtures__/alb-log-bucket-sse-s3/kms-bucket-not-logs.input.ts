import * as aws from "@pulumi/aws";

const dataKey = new aws.kms.Key("data-key", { enableKeyRotation: true });

// Application data: SSE-KMS is the right choice here
const dataBucket = new aws.s3.BucketV2("app-data", {});
new aws.s3.BucketServerSideEncryptionConfigurationV2("app-data-sse", {
    bucket: dataBucket.id,
    rules: [{
        applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn },
        bucketKeyEnabled: true,
    }],
});

const logsBucket = new aws.s3.BucketV2("alb-logs", {});

new aws.lb.LoadBalancer("alb", {
    subnets: ["subnet-1", "subnet-2"],
    accessLogs: { bucket: logsBucket.id, enabled: true },
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const sseAlgorithm = config.get("sseAlgorithm") ?? "aws:kms";

const logs = new aws.s3.BucketV2("alb-logs", {});
new aws.s3.BucketServerSideEncryptionConfigurationV2("alb-logs-sse", {
    bucket: logs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm } }],  // iacfix-expect: algorithmNotLiteral
});

new aws.lb.LoadBalancer("alb", {
    subnets: ["subnet-1", "subnet-2"],
    accessLogs: { bucket: logs.id, enabled: true },
});

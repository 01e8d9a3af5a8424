import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environment = config.require("environment");

const logsKey = new aws.kms.Key("logs-key", {
    description: "KMS key for log encryption",
    enableKeyRotation: true,
});

const albLogsBucket = new aws.s3.BucketV2("alb-logs", {
    forceDestroy: true,
    tags: { Environment: environment },
});

// Encrypt the ALB access logs with our customer-managed key
new aws.s3.BucketServerSideEncryptionConfigurationV2("alb-logs-encryption", {
    bucket: albLogsBucket.id,
    rules: [
        {
            applyServerSideEncryptionByDefault: {
                sseAlgorithm: "AES256",
            },
        },
    ],
});

const alb = new aws.lb.LoadBalancer("app-alb", {
    internal: false,
    loadBalancerType: "application",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    accessLogs: {
        bucket: albLogsBucket.bucket,
        prefix: "alb",
        enabled: true,
    },
});

export const albDns = alb.dnsName;

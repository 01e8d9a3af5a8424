import * as aws from "@pulumi/aws";

const logsBucket = new aws.s3.Bucket("alb-logs", { bucket: "acme-prod-alb-logs" });

new aws.s3.BucketServerSideEncryptionConfiguration("alb-logs-sse", {
    bucket: "acme-prod-alb-logs",
    rules: [{
        applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256",
        },
    }],
});

new aws.lb.LoadBalancer("alb", {
    subnets: ["subnet-1", "subnet-2"],
    accessLogs: { bucket: "acme-prod-alb-logs", enabled: true },
}, { dependsOn: [logsBucket] });

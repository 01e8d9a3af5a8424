import * as aws from "@pulumi/aws";

const albLogsBucket = new aws.s3.Bucket("alb-logs", {
    serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
    },
});

new aws.lb.LoadBalancer("alb", {
    subnets: ["subnet-1", "subnet-2"],
    accessLogs: { bucket: albLogsBucket.id, enabled: true },
});

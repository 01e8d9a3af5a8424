import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const appName = "webapp";

const albLogsBucket = new aws.s3.Bucket(`${appName}-alb-logs-${environmentSuffix}`, {
    forceDestroy: true,
    lifecycleRules: [{
        enabled: true,
        expiration: {
            days: 90,
        },
    }],
});

// ALB logs bucket policy
const albLogsBucketPolicy = new aws.s3.BucketPolicy(`${appName}-alb-logs-policy-${environmentSuffix}`, {
    bucket: albLogsBucket.id,
    policy: pulumi.all([albLogsBucket.arn, albLogsBucket.bucket]).apply(([arn, bucket]) => JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Principal: {
                AWS: "arn:aws:iam::127311923021:root", // ELB service account for us-east-1
            },
            Action: "s3:PutObject",
            Resource: `${arn}/*`,
        }],
    })),
});

const alb = new aws.lb.LoadBalancer(`${appName}-alb-${environmentSuffix}`, {
    internal: false,
    loadBalancerType: "application",
    subnets: ["subnet-a", "subnet-b"],
    accessLogs: {
        bucket: albLogsBucket.bucket,
        enabled: true,
    },
}, { dependsOn: [albLogsBucketPolicy] });

export const albDnsName = alb.dnsName;

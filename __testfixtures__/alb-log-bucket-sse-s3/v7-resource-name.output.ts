import * as aws from "@pulumi/aws";

const sanitizedName = "webapp-prod";
const albBucketName = `${sanitizedName}-alb-logs`;

const kmsKey = new aws.kms.Key("app-key", { deletionWindowInDays: 7 });

const albLogsBucket = new aws.s3.Bucket("alb-access-logs", {
    bucket: albBucketName,
    forceDestroy: true,
});

const albLogsBucketEncryption = new aws.s3.BucketServerSideEncryptionConfiguration("alb-logs-encryption", {
    bucket: albLogsBucket.id,
    rules: [{
        applyServerSideEncryptionByDefault: {
            sseAlgorithm: 'AES256',
        },
    }],
});

const alb = new aws.alb.LoadBalancer("web-alb", {
    securityGroups: ["sg-0123456789abcdef0"],
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    accessLogs: { bucket: albLogsBucket.id, enabled: true },
});

const appBucket = new aws.s3.Bucket("app-data", {});
new aws.s3.BucketServerSideEncryptionConfiguration("app-data-encryption", {
    bucket: appBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: kmsKey.arn } }],
});

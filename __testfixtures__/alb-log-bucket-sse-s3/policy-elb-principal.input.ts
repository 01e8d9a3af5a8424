import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("logs-key", {});

const lbLogs = new aws.s3.BucketV2("lb-logs", {});

new aws.s3.BucketServerSideEncryptionConfigurationV2("lb-logs-sse", {
    bucket: lbLogs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn }, bucketKeyEnabled: true }],
});

new aws.s3.BucketPolicy("lb-logs-policy", {
    bucket: lbLogs.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: pulumi.interpolate`${lbLogs.arn}/AWSLogs/*`,
        }],
    }),
});

export const logsBucketName = lbLogs.bucket;

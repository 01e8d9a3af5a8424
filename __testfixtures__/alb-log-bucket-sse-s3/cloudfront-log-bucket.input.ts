import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("cf-logs-key", {});
const cfLogs = new aws.s3.BucketV2("cf-logs", {});

// CloudFront standard logs can be written to an SSE-KMS bucket
new aws.s3.BucketServerSideEncryptionConfigurationV2("cf-logs-sse", {
    bucket: cfLogs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } }],
});

new aws.cloudfront.Distribution("cdn", {
    enabled: true,
    loggingConfig: { bucket: cfLogs.bucketDomainName, prefix: "cdn/" },
    origins: [{ domainName: "example.com", originId: "web" }],
    defaultCacheBehavior: {
        targetOriginId: "web",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
    },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const envSuffix = config.get("environmentSuffix") || "dev";

// 5. S3 Buckets
const logsBucket = new aws.s3.Bucket(`app-logs-bucket-${envSuffix}`, {
  acl: "log-delivery-write", // iacfix-expect: inlineAclNotAllowed
  serverSideEncryptionConfiguration: {
    rule: {
      applyServerSideEncryptionByDefault: {
        sseAlgorithm: "AES256",
      },
    },
  },
});

const logsBucketOwnership = new aws.s3.BucketOwnershipControls(`app-logs-ownership-${envSuffix}`, {
  bucket: logsBucket.id,
  rule: {
    objectOwnership: "BucketOwnerPreferred",
  },
});

const cloudfrontDistribution = new aws.cloudfront.Distribution(`app-cdn-${envSuffix}`, {
  enabled: true,
  origins: [{ originId: "alb", domainName: "app.internal.example.net", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }],
  defaultCacheBehavior: {
    targetOriginId: "alb",
    viewerProtocolPolicy: "redirect-to-https",
    allowedMethods: ["GET", "HEAD"],
    cachedMethods: ["GET", "HEAD"],
    forwardedValues: { queryString: false, cookies: { forward: "none" } },
  },
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
  loggingConfig: {
    bucket: logsBucket.bucketDomainName,
    prefix: "cloudfront-logs/",
    includeCookies: false,
  },
}, { dependsOn: [logsBucketOwnership] });

export const cdnDomain = cloudfrontDistribution.domainName;

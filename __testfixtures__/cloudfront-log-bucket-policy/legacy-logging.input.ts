import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// standard logging (legacy) writes through the bucket ACL: the bucket policy is not what it needs
const cloudFrontLogsBucket = new aws.s3.Bucket("cloudfront-logs", { forceDestroy: true });

const cloudFrontLogsBucketPolicy = new aws.s3.BucketPolicy("cloudfront-logs-bucket-policy", {
  bucket: cloudFrontLogsBucket.id,
  policy: cloudFrontLogsBucket.arn.apply((bucketArn) =>
    JSON.stringify({
      Statement: [
        {
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [bucketArn, `${bucketArn}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    })
  ),
});

const distribution = new aws.cloudfront.Distribution("cdn", {
  enabled: true,
  origins: [{ originId: "web", domainName: "example.org" }],
  defaultCacheBehavior: {
    targetOriginId: "web",
    viewerProtocolPolicy: "allow-all",
    allowedMethods: ["GET", "HEAD"],
    cachedMethods: ["GET", "HEAD"],
  },
  loggingConfig: {
    bucket: cloudFrontLogsBucket.bucketDomainName,
    prefix: "cloudfront-logs/",
    includeCookies: false,
  },
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, environmentSuffix: string, siteBucket: aws.s3.Bucket, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);

    const cloudFrontLogsBucket = new aws.s3.Bucket(`cloudfront-logs-${environmentSuffix}`, { forceDestroy: true }, { parent: this });

    new aws.s3.BucketPolicy(`cloudfront-logs-policy-${environmentSuffix}`, {
      bucket: cloudFrontLogsBucket.id,
      policy: pulumi.all([cloudFrontLogsBucket.arn, aws.getCallerIdentity({})]).apply(([bucketArn, callerIdentity]) =>
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "DenyInsecureTransport",
              Effect: "Deny",
              Principal: "*",
              Action: "s3:*",
              Resource: [bucketArn, `${bucketArn}/*`],
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
            {
              Sid: "AllowCloudFrontLogDelivery",
              Effect: "Allow",
              Principal: { Service: "delivery.logs.amazonaws.com" },
              Action: "s3:PutObject",
              Resource: `${bucketArn}/*`,
              Condition: { StringEquals: { "aws:SourceAccount": callerIdentity.accountId } },
            },
          ],
        })
      ),
    }, { parent: this });

    const distribution = new aws.cloudfront.Distribution(`cdn-${environmentSuffix}`, {
      enabled: true,
      origins: [{ originId: "site", domainName: siteBucket.bucketRegionalDomainName }],
      defaultCacheBehavior: {
        targetOriginId: "site",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
      },
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: { cloudfrontDefaultCertificate: true },
    }, { parent: this });

    const logSource = new aws.cloudwatch.LogDeliverySource(`cdn-logs-source-${environmentSuffix}`, {
      name: `cdn-access-logs-${environmentSuffix}`,
      logType: "ACCESS_LOGS",
      resourceArn: distribution.arn,
    }, { parent: this });

    const logDestination = new aws.cloudwatch.LogDeliveryDestination(`cdn-logs-destination-${environmentSuffix}`, {
      name: `cdn-logs-s3-${environmentSuffix}`,
      outputFormat: "json",
      deliveryDestinationConfiguration: {
        destinationResourceArn: cloudFrontLogsBucket.arn,
      },
    }, { parent: this });

    new aws.cloudwatch.LogDelivery(`cdn-logs-delivery-${environmentSuffix}`, {
      deliverySourceName: logSource.name,
      deliveryDestinationArn: logDestination.arn,
    }, { parent: this });
  }
}

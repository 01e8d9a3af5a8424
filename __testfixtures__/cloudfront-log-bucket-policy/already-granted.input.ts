import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const logs = new aws.s3.Bucket("cdn-logs");
const account = aws.getCallerIdentityOutput({});

new aws.s3.BucketPolicy("cdn-logs-policy", {
  bucket: logs.id,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [{
      Sid: "AWSLogDeliveryWrite",
      Effect: "Allow",
      Principal: { Service: "delivery.logs.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: pulumi.interpolate`${logs.arn}/*`,
      Condition: { StringEquals: { "aws:SourceAccount": account.accountId } },
    }],
  }),
});

const distribution = new aws.cloudfront.Distribution("cdn", {
  enabled: true,
  origins: [{ originId: "web", domainName: "example.org" }],
  defaultCacheBehavior: { targetOriginId: "web", viewerProtocolPolicy: "allow-all", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

const source = new aws.cloudwatch.LogDeliverySource("cdn-logs-source", { name: "cdn-access-logs", logType: "ACCESS_LOGS", resourceArn: distribution.arn });
const destination = new aws.cloudwatch.LogDeliveryDestination("cdn-logs-destination", {
  name: "cdn-logs-s3",
  deliveryDestinationConfiguration: { destinationResourceArn: logs.arn },
});
new aws.cloudwatch.LogDelivery("cdn-logs-delivery", { deliverySourceName: source.name, deliveryDestinationArn: destination.arn });

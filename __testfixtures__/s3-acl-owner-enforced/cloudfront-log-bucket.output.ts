import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class TapStack extends pulumi.ComponentResource {
  public readonly distributionDomain: pulumi.Output<string>;

  constructor(name: string, environmentSuffix: string, siteBucket: aws.s3.BucketV2, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);

    const cloudFrontLogsBucket = new aws.s3.BucketV2(`cloudfront-logs-${environmentSuffix}`, {
      forceDestroy: true,
    }, { parent: this });
    const cloudFrontLogsBucketOwnership = new aws.s3.BucketOwnershipControls(`cloudfront-logs-${environmentSuffix}-ownership`, {
      bucket: cloudFrontLogsBucket.id,
      rule: { objectOwnership: "BucketOwnerPreferred" },
    }, { parent: this });

    const cloudFrontLogsBucketAcl = new aws.s3.BucketAclV2(`cloudfront-logs-acl-${environmentSuffix}`, {
      bucket: cloudFrontLogsBucket.id,
      acl: "private",
    }, { parent: this, dependsOn: [cloudFrontLogsBucketOwnership] });

    const distribution = new aws.cloudfront.Distribution(`cdn-${environmentSuffix}`, {
      enabled: true,
      origins: [{ originId: "site", domainName: siteBucket.bucketRegionalDomainName }],
      defaultCacheBehavior: {
        targetOriginId: "site",
        viewerProtocolPolicy: "redirect-to-https",
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
    }, { parent: this, dependsOn: [cloudFrontLogsBucketOwnership] });

    this.distributionDomain = distribution.domainName;
    this.registerOutputs({ distributionDomain: this.distributionDomain });
  }
}

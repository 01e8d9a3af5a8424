import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class CdnStack extends pulumi.ComponentResource {
  private logsBucket!: aws.s3.Bucket;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:cdn:CdnStack", name, {}, opts);
    this.createLogsBucket(name);
    this.createDistribution(name);
  }

  private createLogsBucket(name: string): void {
    // iacfix-expect: cloudFrontNeedsAcls
    this.logsBucket = new aws.s3.Bucket(`${name}-cdn-logs`, { forceDestroy: true }, { parent: this });
  }

  private createDistribution(name: string): void {
    new aws.cloudfront.Distribution(`${name}-cdn`, {
      enabled: true,
      origins: [{ originId: "web", domainName: "origin.internal.example.net" }],
      defaultCacheBehavior: { targetOriginId: "web", viewerProtocolPolicy: "allow-all", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
      loggingConfig: { bucket: this.logsBucket.bucketDomainName, includeCookies: false },
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: { cloudfrontDefaultCertificate: true },
    }, { parent: this });
  }
}

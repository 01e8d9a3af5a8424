import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class AuditStack extends pulumi.ComponentResource {
  constructor(name: string, environmentSuffix: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:audit:AuditStack", name, {}, opts);

    const trailBucket = new aws.s3.Bucket(`trail-logs-${environmentSuffix}`, { forceDestroy: true }, { parent: this });

    const siteBucket = new aws.s3.Bucket(`site-${environmentSuffix}`, {}, { parent: this });
    new aws.s3.BucketPublicAccessBlock(`site-pab-${environmentSuffix}`, {
      bucket: siteBucket.id,
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    }, { parent: this });

    new aws.s3.BucketPolicy(`site-policy-${environmentSuffix}`, {
      bucket: siteBucket.id,
      policy: siteBucket.arn.apply((arn) => JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `${arn}/*` }],
      })),
    }, { parent: this });

    const trailBucketPolicy = new aws.s3.BucketPolicy(`trail-logs-policy-${environmentSuffix}`, {
      bucket: trailBucket.id,
      policy: pulumi.all([trailBucket.arn]).apply(([arn]) => JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:GetBucketAcl", Resource: arn },
          { Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: `${arn}/AWSLogs/*` },
        ],
      })),
    }, { parent: this });

    new aws.cloudtrail.Trail(`audit-trail-${environmentSuffix}`, {
      s3BucketName: trailBucket.bucket,
      includeGlobalServiceEvents: true,
      isMultiRegionTrail: true,
    }, { parent: this });

    this.registerOutputs({ trailBucketPolicyId: trailBucketPolicy.id });
  }
}

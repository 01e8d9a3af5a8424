import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface WebTierArgs {
  vpcId: pulumi.Input<string>;
  publicSubnetIds: pulumi.Input<string>[];
  environmentSuffix: string;
}

export class WebTier extends pulumi.ComponentResource {
  public readonly logsBucket: aws.s3.Bucket;
  public readonly alb: aws.lb.LoadBalancer;

  constructor(name: string, args: WebTierArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:web:WebTier", name, {}, opts);

    const logsKey = new aws.kms.Key(`${name}-logs-key`, {
      description: `Logs key ${args.environmentSuffix}`,
      enableKeyRotation: true,
    }, { parent: this });

    this.logsBucket = new aws.s3.Bucket(`${name}-alb-logs`, {
      forceDestroy: true,
    }, { parent: this });

    new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-alb-logs-sse`, {
      bucket: this.logsBucket.id,
      rules: [{
        applyServerSideEncryptionByDefault: {
          kmsMasterKeyId: logsKey.arn,
          sseAlgorithm: "aws:kms",
        },
        bucketKeyEnabled: true,
      }],
    }, { parent: this });

    this.alb = new aws.lb.LoadBalancer(`${name}-alb`, {
      loadBalancerType: "application",
      subnets: args.publicSubnetIds,
      accessLogs: {
        bucket: this.logsBucket.bucket,
        prefix: "alb",
        enabled: true,
      },
    }, { parent: this });

    this.registerOutputs({ albDnsName: this.alb.dnsName });
  }
}

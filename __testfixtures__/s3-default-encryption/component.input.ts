import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface TapStackArgs {
  environmentSuffix?: string;
  tags?: Record<string, string>;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly flowLogsBucket: aws.s3.Bucket;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix || "dev";

    // Create S3 bucket for VPC Flow Logs
    this.flowLogsBucket = new aws.s3.Bucket(`vpc-flow-logs-${environmentSuffix}`, {
      forceDestroy: true,
      tags: {
        ...args.tags,
        Name: `vpc-flow-logs-${environmentSuffix}`,
      },
    }, { parent: this });

    new aws.s3.BucketPublicAccessBlock(`vpc-flow-logs-pab-${environmentSuffix}`, {
      bucket: this.flowLogsBucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    }, { parent: this });

    this.registerOutputs({ flowLogsBucket: this.flowLogsBucket.bucket });
  }
}

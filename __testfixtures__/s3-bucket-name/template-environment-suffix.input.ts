import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface PipelineStackArgs {
  environmentSuffix?: string;
}

export class PipelineStack extends pulumi.ComponentResource {
  public readonly artifactBucket: aws.s3.Bucket;
  public readonly logsBucket: aws.s3.Bucket;

  constructor(name: string, args: PipelineStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:pipeline:PipelineStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix || "dev";
    const region = aws.config.region;

    this.artifactBucket = new aws.s3.Bucket(`pipeline-artifacts-${environmentSuffix}`, {
      bucket: `pipeline-artifacts-${environmentSuffix}`,
      forceDestroy: true,
    }, { parent: this });

    this.logsBucket = new aws.s3.Bucket(`pipeline-logs-${environmentSuffix}`, {
      bucket: `pipeline_logs-${region}`,
    }, { parent: this });
  }
}

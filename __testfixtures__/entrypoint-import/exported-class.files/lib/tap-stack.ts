import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export interface TapStackArgs {
  environmentSuffix?: string;
  tags?: pulumi.Input<{ [key: string]: string }>;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly bucketName: pulumi.Output<string>;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const environmentSuffix = args.environmentSuffix || 'dev';
    const bucket = new aws.s3.Bucket(`tap-bucket-${environmentSuffix}`, { tags: args.tags }, { parent: this });
    this.bucketName = bucket.id;
    this.registerOutputs({ bucketName: this.bucketName });
  }
}

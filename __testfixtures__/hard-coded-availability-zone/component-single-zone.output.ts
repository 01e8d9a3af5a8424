import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export interface TapStackArgs {
  environmentSuffix?: string;
  tags?: pulumi.Input<{ [key: string]: string }>;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly volume: aws.ebs.Volume;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const environmentSuffix = args.environmentSuffix || 'dev';

    this.volume = new aws.ebs.Volume(
      `data-volume-${environmentSuffix}`,
      {
        availabilityZone: aws.getAvailabilityZonesOutput({ state: 'available' }).names[0],
        size: 20,
        encrypted: true,
        tags: args.tags,
      },
      { parent: this }
    );

    this.registerOutputs({ volumeId: this.volume.id });
  }
}

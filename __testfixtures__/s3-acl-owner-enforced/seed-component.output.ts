import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class TapStack extends pulumi.ComponentResource {
  public readonly bucketName: pulumi.Output<string>;

  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);

    const dataBucket = new aws.s3.BucketV2(`data-${args.environmentSuffix}`, {}, { parent: this });

    new aws.s3.BucketPublicAccessBlock(`data-pab-${args.environmentSuffix}`, {
      bucket: dataBucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    }, { parent: this });

    this.bucketName = dataBucket.bucket;
    this.registerOutputs({ bucketName: this.bucketName });
  }
}

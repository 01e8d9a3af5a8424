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

    const bucket = new aws.s3.BucketV2(
      `datapipeline-bucket-${environmentSuffix}`,
      { tags: args.tags },
      { parent: this }
    );

    // Enable S3 bucket versioning
    const bucketVersioning = new aws.s3.BucketVersioningV2(
      `datapipeline-bucket-versioning-${environmentSuffix}`,
      {
        bucket: bucket.id,
        versioningConfiguration: {
          status: 'Enabled',
        },
      },
      { parent: bucket }
    );

    // Configure S3 bucket encryption (SSE-S3)
    const bucketEncryption =
      new aws.s3.BucketServerSideEncryptionConfigurationV2(
        `datapipeline-bucket-encryption-${environmentSuffix}`,
        {
          bucket: bucket.id,
          rules: [
            {
              applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' },
            },
          ],
        },
        { parent: bucket }
      );

    const publicAccessBlock: aws.s3.BucketPublicAccessBlock = new aws.s3.BucketPublicAccessBlock(
      `datapipeline-bucket-pab-${environmentSuffix}`,
      { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true },
      { parent: bucket }
    );

    this.bucketName = bucket.bucket;
    this.registerOutputs({ bucketName: this.bucketName });
  }
}

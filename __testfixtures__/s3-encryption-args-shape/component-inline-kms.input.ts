import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface TapStackArgs {
  environmentSuffix?: string;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly artifactBucket: aws.s3.Bucket;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix || "dev";

    const kmsKey = new aws.kms.Key(`pipeline-key-${environmentSuffix}`, {
      description: "KMS key for pipeline artifacts",
      enableKeyRotation: true,
    }, { parent: this });

    // Artifact bucket, encrypted with the pipeline key
    this.artifactBucket = new aws.s3.Bucket(`pipeline-artifacts-${environmentSuffix}`, {
      forceDestroy: true,
      serverSideEncryptionConfiguration: {
        rule: {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "aws:kms",
            kmsMasterKeyId: kmsKey.arn,
          },
          bucketKeyEnabled: true,
        },
      },
      tags: { Environment: environmentSuffix },
    }, { parent: this });

    this.registerOutputs({ artifactBucket: this.artifactBucket.id });
  }
}

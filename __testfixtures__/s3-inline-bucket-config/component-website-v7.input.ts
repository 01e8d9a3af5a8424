import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface TapStackArgs {
  environmentSuffix?: string;
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const stackName = `${name}-${args.environmentSuffix || "dev"}`;

    // Create S3 bucket for logs
    const logsBucket = new aws.s3.Bucket(`${stackName}-logs`, {
      lifecycleRules: [
        {
          enabled: true,
          id: 'transition-to-glacier',
          prefix: 'cloudfront/',
          transitions: [{
            days: 30,
            storageClass: 'GLACIER',
          }],
        },
        {
          enabled: true,
          expiration: {
            days: 365,
          },
          noncurrentVersionExpiration: { days: 30 },
          abortIncompleteMultipartUploadDays: 7,
        },
      ],
    }, { parent: this });

    // Create S3 bucket for website content
    const contentBucket = new aws.s3.Bucket(`${stackName}-content`, {
      website: {
        indexDocument: 'index.html',
        errorDocument: 'error.html',
      },
      loggings: [{ targetBucket: logsBucket.id }],
      corsRules: [{
        allowedHeaders: ['*'],
        allowedMethods: ['GET', 'HEAD'],
        allowedOrigins: ['*'],
        maxAgeSeconds: 3000,
      }],
    }, { parent: this, provider: opts?.provider });

    this.registerOutputs({ contentBucket: contentBucket.id });
  }
}

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
    const logsBucket = new aws.s3.Bucket(`${stackName}-logs`, {}, { parent: this });

    const logsBucketLifecycle = new aws.s3.BucketLifecycleConfiguration(`${stackName}-logs-lifecycle`, {
      bucket: logsBucket.id,
      rules: [
        {
          id: 'transition-to-glacier',
          status: 'Enabled',
          filter: { prefix: 'cloudfront/' },
          transitions: [
            { days: 30, storageClass: 'GLACIER' },
          ],
        },
        {
          id: 'rule-2',
          status: 'Enabled',
          filter: { prefix: '' },
          expiration: { days: 365 },
          noncurrentVersionExpiration: { noncurrentDays: 30 },
          abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
        },
      ],
    }, { parent: this });

    // Create S3 bucket for website content
    const contentBucket = new aws.s3.Bucket(`${stackName}-content`, {}, { parent: this, provider: opts?.provider });

    const contentBucketWebsite = new aws.s3.BucketWebsiteConfiguration(`${stackName}-content-website`, {
      bucket: contentBucket.id,
      indexDocument: { suffix: 'index.html' },
      errorDocument: { key: 'error.html' },
    }, { parent: this, provider: opts?.provider });

    const contentBucketLogging = new aws.s3.BucketLogging(`${stackName}-content-logging`, {
      bucket: contentBucket.id,
      targetBucket: logsBucket.id,
      targetPrefix: '',
    }, { parent: this, provider: opts?.provider });

    const contentBucketCors = new aws.s3.BucketCorsConfiguration(`${stackName}-content-cors`, {
      bucket: contentBucket.id,
      corsRules: [
        {
          allowedHeaders: ['*'],
          allowedMethods: ['GET', 'HEAD'],
          allowedOrigins: ['*'],
          maxAgeSeconds: 3000,
        },
      ],
    }, { parent: this, provider: opts?.provider });

    this.registerOutputs({ contentBucket: contentBucket.id });
  }
}

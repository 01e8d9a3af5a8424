import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);

    const thumbnailFn = new aws.lambda.Function(`thumbnail-generator-${args.environmentSuffix}`, {
      runtime: 'nodejs18.x',
      handler: 'index.handler',
      role: lambdaRole.arn,
      memorySize: 1024,
      code: new pulumi.asset.FileArchive('./lib/lambda/thumbnail-generator'),
    }, { parent: this });

    const reportFn = new aws.lambda.Function(`report-${args.environmentSuffix}`, {
      runtime: "python3.11",
      handler: 'report.handler',
      role: lambdaRole.arn,
      code: new pulumi.asset.FileArchive('./lib/lambda/report'),
    }, { parent: this });
  }
}

import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);

    const healthCheck = new aws.lambda.Function(`dr-health-check-${args.environmentSuffix}`, {
      runtime: 'python3.12',
      handler: 'health_check.handler',
      role: lambdaRole.arn,
      code: new pulumi.asset.AssetArchive({
        '.': new pulumi.asset.FileArchive('./lib/lambda/health-check'),
      }),
    }, { parent: this });

    const validator = new aws.lambda.Function(`validator-${args.environmentSuffix}`, {
      runtime: 'provided.al2023',
      handler: 'bootstrap',
      role: lambdaRole.arn,
      code: new pulumi.asset.AssetArchive({
        bootstrap: new pulumi.asset.FileAsset('lib/lambda/validator/bootstrap'),
      }),
    }, { parent: this });
  }
}

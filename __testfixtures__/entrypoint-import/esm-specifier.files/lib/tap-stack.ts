import * as aws from '@pulumi/aws';

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';

new aws.sqs.Queue(`events-${environmentSuffix}`, { messageRetentionSeconds: 345600 });

export interface TapStackArgs {
  environmentSuffix?: string;
}

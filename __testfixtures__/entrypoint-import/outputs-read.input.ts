import * as pulumi from '@pulumi/pulumi';
import { TapStack } from '../lib/tap-stack'; // iacfix-expect: loadManually

const config = new pulumi.Config();
const environmentSuffix =
  process.env.ENVIRONMENT_SUFFIX || config.get('env') || 'dev';

const stack = new TapStack('pulumi-infra', {
  environmentSuffix: environmentSuffix,
});

// Export stack outputs
export const vpcId = stack.vpcId;
export const bucketName = stack.bucketName;

import * as pulumi from '@pulumi/pulumi';
import { TapStack, TapStackArgs } from '../lib/tap-stack';

const config = new pulumi.Config();
const args: TapStackArgs = { environmentSuffix: config.get('env') || 'dev' };

const stack = new TapStack('pulumi-infra', args);

export const bucketName = stack.bucketName;

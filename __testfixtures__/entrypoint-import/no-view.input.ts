import * as pulumi from '@pulumi/pulumi';
import { TapStack } from '../lib/tap-stack';

const config = new pulumi.Config();
const environmentSuffix = config.get('env') || 'dev';

new TapStack('pulumi-infra', { environmentSuffix });

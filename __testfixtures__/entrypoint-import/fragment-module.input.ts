import { TapStack } from '../lib/tap-stack';

new TapStack('pulumi-infra', { environmentSuffix: 'dev' });

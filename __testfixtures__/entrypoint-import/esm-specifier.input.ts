import TapStack from '../lib/tap-stack.js';

void new TapStack('pulumi-infra');

import { NetworkStack, type NetworkStackArgs } from '../lib/tap-stack'; // iacfix-expect: loadManually

const args: NetworkStackArgs = { cidrBlock: '10.0.0.0/16' };

new NetworkStack('network', args);

import * as pulumi from '@pulumi/pulumi';
import { TapStack } from './tap-stack';

export class ComputeStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ResourceOptions) {
    super('tap:compute:ComputeStack', name, {}, opts);
    new TapStack(`${name}-inner`, {}, { parent: this });
  }
}

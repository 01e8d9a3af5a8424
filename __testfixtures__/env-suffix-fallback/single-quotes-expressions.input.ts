import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export class TapStack extends pulumi.ComponentResource {
  public readonly table: aws.dynamodb.Table;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);
    const config = new pulumi.Config();

    this.table = new aws.dynamodb.Table(
      `orders-${config.require('environmentSuffix')}`,
      {
        name: `orders-${config.require('environmentSuffix').toLowerCase()}`,
        hashKey: 'id',
        attributes: [{ name: 'id', type: 'S' }],
        billingMode: 'PAY_PER_REQUEST',
        tags: { Suffix: config.require('environmentSuffix') as string },
      },
      { parent: this }
    );

    this.registerOutputs({ tableName: this.table.name });
  }
}

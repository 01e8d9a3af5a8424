import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export class TapStack extends pulumi.ComponentResource {
  public readonly table: aws.dynamodb.Table;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);
    const config = new pulumi.Config();

    this.table = new aws.dynamodb.Table(
      `orders-${process.env.ENVIRONMENT_SUFFIX || config.get('environmentSuffix') || 'dev'}`,
      {
        name: `orders-${(process.env.ENVIRONMENT_SUFFIX || config.get('environmentSuffix') || 'dev').toLowerCase()}`,
        hashKey: 'id',
        attributes: [{ name: 'id', type: 'S' }],
        billingMode: 'PAY_PER_REQUEST',
        tags: { Suffix: (process.env.ENVIRONMENT_SUFFIX || config.get('environmentSuffix') || 'dev') as string },
      },
      { parent: this }
    );

    this.registerOutputs({ tableName: this.table.name });
  }
}

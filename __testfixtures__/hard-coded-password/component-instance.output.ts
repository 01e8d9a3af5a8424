import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export interface TapStackArgs {
  environmentSuffix?: string;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly rdsInstance: aws.rds.Instance;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const environment = args.environmentSuffix || 'dev';

    this.rdsInstance = new aws.rds.Instance(
      `${environment}-rds-mysql`,
      {
        identifier: `${environment}-mysql-db`,
        engine: 'mysql',
        engineVersion: '8.0',
        instanceClass: 'db.t3.micro',
        allocatedStorage: 20,
        dbName: 'productiondb',
        username: 'admin',
        manageMasterUserPassword: true, // In production, use AWS Secrets Manager
        skipFinalSnapshot: true,
      },
      { parent: this }
    );

    this.registerOutputs({ endpoint: this.rdsInstance.endpoint });
  }
}

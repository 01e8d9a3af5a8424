import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export interface TapStackArgs {
  environmentSuffix: string;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly clusterEndpoint: pulumi.Output<string>;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const config = new pulumi.Config();

    const auroraCluster = new aws.rds.Cluster(
      `ecommerce-aurora-cluster-${args.environmentSuffix}`,
      {
        engine: 'aurora-postgresql',
        engineMode: 'provisioned',
        databaseName: 'ecommerce',
        masterUsername: 'dbadmin',
        masterPassword: pulumi.secret(config.requireSecret('dbPassword')),
        skipFinalSnapshot: true,
      },
      { parent: this }
    );

    const dbSecret = new aws.secretsmanager.Secret(`ecommerce-db-secret-${args.environmentSuffix}`, {}, { parent: this });
    new aws.secretsmanager.SecretVersion(
      `ecommerce-db-secret-version-${args.environmentSuffix}`,
      {
        secretId: dbSecret.id,
        secretString: pulumi.all([auroraCluster.masterUsername, config.requireSecret('dbPassword')]).apply(([username, password]) =>
          JSON.stringify({ username, password, host: 'aurora' })
        ),
      },
      { parent: this }
    );

    this.clusterEndpoint = auroraCluster.endpoint;
    this.registerOutputs({ clusterEndpoint: this.clusterEndpoint });
  }
}

import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as random from '@pulumi/random';

export interface TapStackArgs {
  environmentSuffix: string;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly clusterEndpoint: pulumi.Output<string>;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const config = new pulumi.Config();

    const dbPassword = new random.RandomPassword(`db-password-${args.environmentSuffix}`, {
      length: 30,
      special: true,
      overrideSpecial: '!#$%&*()-_=+[]{}<>:?',
    }, { parent: this });

    const auroraCluster = new aws.rds.Cluster(
      `ecommerce-aurora-cluster-${args.environmentSuffix}`,
      {
        engine: 'aurora-postgresql',
        engineMode: 'provisioned',
        databaseName: 'ecommerce',
        masterUsername: 'dbadmin',
        masterPassword: pulumi.secret(dbPassword.result),
        skipFinalSnapshot: true,
      },
      { parent: this }
    );

    const dbSecret = new aws.secretsmanager.Secret(`ecommerce-db-secret-${args.environmentSuffix}`, {}, { parent: this });
    new aws.secretsmanager.SecretVersion(
      `ecommerce-db-secret-version-${args.environmentSuffix}`,
      {
        secretId: dbSecret.id,
        secretString: pulumi.all([auroraCluster.masterUsername, dbPassword.result]).apply(([username, password]) =>
          JSON.stringify({ username, password, host: 'aurora' })
        ),
      },
      { parent: this }
    );

    this.clusterEndpoint = auroraCluster.endpoint;
    this.registerOutputs({ clusterEndpoint: this.clusterEndpoint });
  }
}

import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export interface TapStackArgs {
  environmentSuffix: string;
  secondaryRegions: string[];
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const environmentSuffix = args.environmentSuffix;

    const globalCluster = new aws.rds.GlobalCluster(`aurora-global-${environmentSuffix}`, {
      globalClusterIdentifier: `aurora-global-${environmentSuffix}`,
      engine: 'aurora-postgresql',
      engineVersion: '14.6',
      storageEncrypted: true,
    }, { parent: this });

    for (const region of args.secondaryRegions) {
      const regionProvider = new aws.Provider(`provider-${region}`, { region }, { parent: this });
      const replicaKmsKey = new aws.kms.Key(`aurora-secondary-${region}-${environmentSuffix}-kms`, {
        description: 'Encrypts the cross-region Aurora replica in its own region',
        enableKeyRotation: true,
      }, { parent: this, provider: regionProvider });
      new aws.rds.Cluster(`aurora-secondary-${region}-${environmentSuffix}`, {
        clusterIdentifier: `aurora-secondary-${region}-${environmentSuffix}`,
        engine: 'aurora-postgresql',
        engineVersion: '14.6',
        globalClusterIdentifier: globalCluster.id,
        storageEncrypted: true,
        skipFinalSnapshot: true,
        kmsKeyId: replicaKmsKey.arn,
      }, { provider: regionProvider, parent: this, dependsOn: [globalCluster] });
    }
  }
}

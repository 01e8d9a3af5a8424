import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export interface TapStackArgs {
  environmentSuffix: string;
  zoneId: pulumi.Input<string>;
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);

    new aws.route53.Record(
      `api-primary-${args.environmentSuffix}`,
      {
        zoneId: args.zoneId,
        name: 'api',
        type: 'A',
        setIdentifier: 'primary',
        weightedRoutingPolicies: [{ weight: 90 }],
        aliases: [{ name: primaryAlb.dnsName, zoneId: primaryAlb.zoneId, evaluateTargetHealth: true }],
      },
      { parent: this }
    );

    new aws.route53.Record(
      'api-canary',
      {
        zoneId: args.zoneId,
        name: `api-${args.environmentSuffix}`,
        type: 'A',
        setIdentifier: `canary`,
        weightedRoutingPolicies: [{ weight: 10 }],
        aliases: [{ name: canaryAlb.dnsName, zoneId: canaryAlb.zoneId, evaluateTargetHealth: true }],
      },
      { parent: this }
    );
  }
}

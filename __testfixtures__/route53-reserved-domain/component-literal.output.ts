import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export interface PodcastStackArgs {
  environmentSuffix: string;
  tags?: Record<string, string>;
}

export class PodcastStack extends pulumi.ComponentResource {
  public readonly zoneId: pulumi.Output<string>;

  constructor(name: string, args: PodcastStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super('tap:podcast:PodcastStack', name, args, opts);
    const tags = args.tags || {};

    const domainName = new pulumi.Config().get('domainName') ?? 'set-domain-name.invalid';
    // Route 53 hosted zone
    const hostedZone = new aws.route53.Zone(
      'podcast-zone',
      {
        name: `podcast.${domainName}`,
        tags: {
          ...tags,
          Name: 'podcast-dns',
        },
      },
      { parent: this }
    );

    const certificate = new aws.acm.Certificate(
      'podcast-cert',
      {
        domainName: `podcast.${domainName}`,
        subjectAlternativeNames: [`*.podcast.${domainName}`, 'feeds.partner.io'],
        validationMethod: 'DNS',
      },
      { parent: this }
    );

    this.zoneId = hostedZone.zoneId;
    this.registerOutputs({ zoneId: this.zoneId, certificateArn: certificate.arn });
  }
}

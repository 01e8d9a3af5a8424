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

    // Route 53 hosted zone
    const hostedZone = new aws.route53.Zone(
      'podcast-zone',
      {
        name: 'podcast.example.com',
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
        domainName: 'podcast.example.com',
        subjectAlternativeNames: ['*.podcast.example.com', 'feeds.partner.io'],
        validationMethod: 'DNS',
      },
      { parent: this }
    );

    this.zoneId = hostedZone.zoneId;
    this.registerOutputs({ zoneId: this.zoneId, certificateArn: certificate.arn });
  }
}

import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, environmentSuffix: string, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);

    const kmsKey = new aws.kms.Key(`audio-key-${environmentSuffix}`, { enableKeyRotation: true }, { parent: this });
    const kmsAlias = new aws.kms.Alias(`alias-audio-${environmentSuffix}`, {
      name: `alias/audio-${environmentSuffix}`,
      targetKeyId: kmsKey.keyId,
    }, { parent: this });
    const _kmsAlias = 'taken';
    const _auditTopic = new aws.sns.Topic(`audit-${environmentSuffix}`, {}, { parent: this });
  }
}

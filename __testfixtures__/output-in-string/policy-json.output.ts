import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix;

    const reportsBucket = new aws.s3.Bucket(`reports-${environmentSuffix}`, {}, { parent: this });

    const policy = new aws.iam.Policy(`reports-writer-${environmentSuffix}`, {
      policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: ["s3:PutObject", "s3:GetObject"],
            Resource: [reportsBucket.arn, pulumi.interpolate`${reportsBucket.arn}/*`],
          },
        ],
      }),
    }, { parent: this });

    const dbPassword = new random.RandomPassword(`db-password-${environmentSuffix}`, { length: 24, special: false }, { parent: this });
    const dbSecret = new aws.secretsmanager.Secret(`db-secret-${environmentSuffix}`, {}, { parent: this });
    new aws.secretsmanager.SecretVersion(`db-secret-version-${environmentSuffix}`, {
      secretId: dbSecret.id,
      secretString: pulumi.jsonStringify({ username: "admin", password: dbPassword.result }),
    }, { parent: this });
  }
}

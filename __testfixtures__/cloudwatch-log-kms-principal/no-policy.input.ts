import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix: string;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly logGroup: aws.cloudwatch.LogGroup;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);
    const { environmentSuffix } = args;

    const logsKey = new aws.kms.Key(`logs-key-${environmentSuffix}`, {
      description: "Encrypts the application logs",
      enableKeyRotation: true,
      deletionWindowInDays: 7,
    }, { parent: this });

    this.logGroup = new aws.cloudwatch.LogGroup(`app-logs-${environmentSuffix}`, {
      name: `/app/${environmentSuffix}`,
      retentionInDays: 30,
      kmsKeyId: logsKey.arn,
    }, { parent: this });

    this.registerOutputs({ logGroupName: this.logGroup.name });
  }
}

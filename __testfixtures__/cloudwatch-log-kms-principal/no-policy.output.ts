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
      policy: pulumi.all([aws.getPartitionOutput().partition, aws.getCallerIdentityOutput().accountId, aws.getRegionOutput().region]).apply(([partition, accountId, region]) => JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "Enable IAM User Permissions",
            Effect: "Allow",
            Principal: { AWS: `arn:${partition}:iam::${accountId}:root` },
            Action: "kms:*",
            Resource: "*",
          },
          {
            Sid: "AllowCloudWatchLogs",
            Effect: "Allow",
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:${partition}:logs:${region}:${accountId}:*` } },
          },
        ],
      })),
    }, { parent: this });

    this.logGroup = new aws.cloudwatch.LogGroup(`app-logs-${environmentSuffix}`, {
      name: `/app/${environmentSuffix}`,
      retentionInDays: 30,
      kmsKeyId: logsKey.arn,
    }, { parent: this });

    this.registerOutputs({ logGroupName: this.logGroup.name });
  }
}

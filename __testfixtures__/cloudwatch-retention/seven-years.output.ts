import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix: string;
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);
    const { environmentSuffix } = args;
    const isProd = environmentSuffix === "prod";

    // Audit logs are kept for compliance
    const auditLogGroup = new aws.cloudwatch.LogGroup(`audit-logs-${environmentSuffix}`, {
      name: `/aws/audit/${environmentSuffix}`,
      retentionInDays: 2557, // 7 years
    }, { parent: this });

    const appLogGroup = new aws.cloudwatch.LogGroup(`app-logs-${environmentSuffix}`, {
      retentionInDays: isProd ? 2557 : 7,
    }, { parent: this });

    new aws.cloudwatch.LogGroup(`debug-logs-${environmentSuffix}`, {
      retentionInDays: 3,
    }, { parent: this });

    this.registerOutputs({ auditLogGroupName: auditLogGroup.name, appLogGroupName: appLogGroup.name });
  }
}

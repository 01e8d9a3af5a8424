import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix?: string;
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix || "dev";

    const apiFunction = new aws.lambda.Function(`api-${environmentSuffix}`, {
      runtime: "nodejs20.x",
      handler: "index.handler",
      role: "arn:aws:iam::123456789012:role/api",
      code: new pulumi.asset.FileArchive("./lambda"),
    }, { parent: this });

    new aws.cloudwatch.Dashboard(`ops-dashboard-${environmentSuffix}`, {
      dashboardName: `ops-${environmentSuffix}`,
      dashboardBody: pulumi.all([apiFunction.name, this.albArnSuffix]).apply(([functionName, albArn]) =>
        JSON.stringify({
          widgets: [
            {
              type: "metric",
              properties: {
                metrics: [
                  ["AWS/Lambda", "Invocations", "FunctionName", functionName],
                  ["AWS/Lambda", "Errors", "FunctionName", functionName, { stat: "Sum", label: "Errors" }],
                  ["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", albArn, { stat: "Average" }],
                ],
                period: 300,
                stat: "Sum",
                region: "us-east-1",
                title: "API",
              },
            },
          ],
        }),
      ),
    }, { parent: this });
  }
}

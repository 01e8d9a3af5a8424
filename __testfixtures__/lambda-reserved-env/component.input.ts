import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix?: string;
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix || "dev";
    const region = aws.getRegionOutput().name;

    const table = new aws.dynamodb.Table(`orders-${environmentSuffix}`, {
      attributes: [{ name: "id", type: "S" }],
      hashKey: "id",
      billingMode: "PAY_PER_REQUEST",
    }, { parent: this });

    const processor = new aws.lambda.Function(`order-processor-${environmentSuffix}`, {
      runtime: aws.lambda.Runtime.NodeJS22dX,
      handler: "index.handler",
      role: lambdaRole.arn,
      code: new pulumi.asset.AssetArchive({
        "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({ statusCode: 200 });"),
      }),
      environment: {
        variables: {
          TABLE_NAME: table.name,
          AWS_REGION: region,
          LOG_LEVEL: "INFO",
          "AWS_LAMBDA_FUNCTION_NAME": `order-processor-${environmentSuffix}`, // used in log lines
        },
      },
    }, { parent: this });

    this.registerOutputs({ processorArn: processor.arn });
  }
}

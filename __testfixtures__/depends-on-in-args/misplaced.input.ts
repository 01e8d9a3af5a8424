import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);

    const api = new aws.apigateway.RestApi(`api-${args.environmentSuffix}`, {}, { parent: this });

    const deployment = new aws.apigateway.Deployment(`deployment-${args.environmentSuffix}`, {
      restApi: api.id,
      dependsOn: [getMethod, getIntegration],
    });

    const stage = new aws.apigateway.Stage(`stage-${args.environmentSuffix}`, {
      restApi: api.id,
      deployment: deployment.id,
      stageName: "prod",
      parent: this,
    }, { dependsOn: [deployment] });

    const queue = new aws.sqs.Queue(`queue-${args.environmentSuffix}`, {
      provider: usEast1,
      protect: true,
    });
  }
}

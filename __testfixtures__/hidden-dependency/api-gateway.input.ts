import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix: string;
  handler: aws.lambda.Function;
}

export class TapStack extends pulumi.ComponentResource {
  public readonly invokeUrl: pulumi.Output<string>;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);
    const { environmentSuffix, handler } = args;

    const api = new aws.apigateway.RestApi(`orders-api-${environmentSuffix}`, {
      description: "Orders API",
    }, { parent: this });

    const ordersResource = new aws.apigateway.Resource(`orders-resource-${environmentSuffix}`, {
      restApi: api.id,
      parentId: api.rootResourceId,
      pathPart: "orders",
    }, { parent: this });

    const getOrders = new aws.apigateway.Method(`get-orders-${environmentSuffix}`, {
      restApi: api.id,
      resourceId: ordersResource.id,
      httpMethod: "GET",
      authorization: "NONE",
    }, { parent: this });

    const getOrdersIntegration = new aws.apigateway.Integration(`get-orders-integration-${environmentSuffix}`, {
      restApi: api.id,
      resourceId: ordersResource.id,
      httpMethod: getOrders.httpMethod,
      integrationHttpMethod: "POST",
      type: "AWS",
      uri: handler.invokeArn,
    }, { parent: this });

    new aws.apigateway.MethodResponse(`get-orders-200-${environmentSuffix}`, {
      restApi: api.id,
      resourceId: ordersResource.id,
      httpMethod: "GET",
      statusCode: "200",
    }, { parent: this });

    new aws.apigateway.IntegrationResponse(`get-orders-integration-200-${environmentSuffix}`, {
      restApi: api.id,
      resourceId: ordersResource.id,
      httpMethod: getOrders.httpMethod,
      statusCode: "200",
    }, { parent: this });

    new aws.apigateway.Method(`options-orders-${environmentSuffix}`, {
      restApi: api.id,
      resourceId: ordersResource.id,
      httpMethod: "OPTIONS",
      authorization: "NONE",
    }, { parent: this });

    const deployment = new aws.apigateway.Deployment(`orders-deployment-${environmentSuffix}`, {
      restApi: api.id,
    }, { parent: this });

    const stage = new aws.apigateway.Stage(`orders-stage-${environmentSuffix}`, {
      restApi: api.id,
      deployment: deployment.id,
      stageName: "prod",
    }, { parent: this });

    this.invokeUrl = stage.invokeUrl;
    this.registerOutputs({ invokeUrl: this.invokeUrl });
  }
}

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const api = new aws.apigateway.RestApi(`orders-api-${environmentSuffix}`, {});

const deployment = new aws.apigateway.Deployment(`orders-deployment-${environmentSuffix}`, {
  restApi: api.id,
  stageName: "prod",
  stageDescription: "Production stage",
}, { dependsOn: [getOrders, getOrdersIntegration] });

export const apiUrl = deployment.invokeUrl;
export const executionArn = pulumi.interpolate`${deployment.executionArn}/*/*`;

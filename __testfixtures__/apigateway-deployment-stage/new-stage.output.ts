import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const api = new aws.apigateway.RestApi(`orders-api-${environmentSuffix}`, {});

const deployment = new aws.apigateway.Deployment(`orders-deployment-${environmentSuffix}`, {
  restApi: api.id,
}, { dependsOn: [getOrders, getOrdersIntegration] });
const deploymentStage = new aws.apigateway.Stage(`orders-deployment-${environmentSuffix}-stage`, {
  restApi: api.id,
  deployment: deployment.id,
  stageName: "prod",
  description: "Production stage",
});

export const apiUrl = deploymentStage.invokeUrl;
export const executionArn = pulumi.interpolate`${deploymentStage.executionArn}/*/*`;

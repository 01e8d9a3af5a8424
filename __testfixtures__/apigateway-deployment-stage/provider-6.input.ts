import * as aws from "@pulumi/aws";

// In @pulumi/aws 6 a Deployment still takes stageName and has invokeUrl.
const deployment = new aws.apigateway.Deployment("deployment", { restApi: api.id, stageName: "prod" });
export const url = deployment.invokeUrl;

import * as aws from "@pulumi/aws";

export function createApi(api: aws.apigateway.RestApi) {
  const deployment = new aws.apigateway.Deployment("deployment", {
    restApi: api.id,
  });

  const stage = new aws.apigateway.Stage("stage", {
    restApi: api.id,
    deployment: deployment.id,
    stageName: "v1",
    xrayTracingEnabled: true,
  });

  return stage.invokeUrl;
}

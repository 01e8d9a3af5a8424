import * as aws from "@pulumi/aws";

// TZ and the settable AWS_LAMBDA_* variables are not reserved
const fn = new aws.lambda.Function("scheduler", {
  runtime: aws.lambda.Runtime.NodeJS22dX,
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive("./lambda"),
  environment: {
    variables: {
      TZ: "Europe/Paris",
      AWS_LAMBDA_EXEC_WRAPPER: "/opt/otel-handler",
      AWS_REGION_NAME: "eu-west-3",
      APP_REGION: region,
    },
  },
});

// a container may set AWS_REGION
const task = new aws.ecs.TaskDefinition("task", {
  family: "app",
  containerDefinitions: JSON.stringify([
    { name: "app", image: "nginx", environment: [{ name: "AWS_REGION", value: "eu-west-3" }] },
  ]),
});

const aws = require("@pulumi/aws");

const lambdaEnv = {
  QUEUE_URL: queue.url,
};

const worker = new aws.lambda.Function("worker", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: code,
  environment: { variables: lambdaEnv },
});

const aws = require("@pulumi/aws");

const lambdaEnv = {
  QUEUE_URL: queue.url,
  AWS_ACCESS_KEY_ID: config.require("accessKeyId"),
  AWS_SECRET_ACCESS_KEY: config.requireSecret("secretAccessKey"),
};

const worker = new aws.lambda.Function("worker", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: code,
  environment: { variables: lambdaEnv },
});

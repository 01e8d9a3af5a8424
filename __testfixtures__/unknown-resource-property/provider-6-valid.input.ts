import * as aws from "@pulumi/aws";

// Valid in @pulumi/aws 6: stageName on Deployment and the legacy Bucket's list-shaped `loggings`.
const deployment = new aws.apigateway.Deployment("deployment", {
  restApi: api.id,
  stageName: "prod",
});

const logs = new aws.s3.Bucket("logs", {
  loggings: [{ targetBucket: auditBucket.id, targetPrefix: "logs/" }],
});

import * as aws from "@pulumi/aws";

const validator = new aws.lambda.Function("validator", {
  runtime: aws.lambda.Runtime.CustomAL2023,
  handler: "main",
  role: role.arn,
  code: new pulumi.asset.AssetArchive({ main: new pulumi.asset.FileAsset("./lib/lambda/validator/main") }),
});

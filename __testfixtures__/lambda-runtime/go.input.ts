import * as aws from "@pulumi/aws";

const validator = new aws.lambda.Function("validator", {
  runtime: aws.lambda.Runtime.Go1dx,
  handler: "main",
  role: role.arn,
  code: new pulumi.asset.AssetArchive({ main: new pulumi.asset.FileAsset("./lib/lambda/validator/main") }),
});

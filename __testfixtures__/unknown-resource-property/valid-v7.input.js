const aws = require("@pulumi/aws");

// Arguments that look odd but are valid in @pulumi/aws 7: the IAM document's capitalised keys,
// deprecated inline bucket settings (deprecated, still accepted), spreads and variables it cannot see into.
const role = new aws.iam.Role("role", {
  assumeRolePolicy: {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
  },
});
const bucket = new aws.s3.Bucket("site", {
  versioning: { enabled: true },
  website: { indexDocument: "index.html" },
  ...commonArgs,
});
const table = new aws.dynamodb.Table("table", tableArgs);
const eip = new aws.ec2.Eip("eip", { domain: "vpc" });

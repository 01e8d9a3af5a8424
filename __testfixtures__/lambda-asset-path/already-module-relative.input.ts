import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const a = new aws.lambda.Function("a", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.FileArchive(path.join(__dirname, "lambda", "a")),
});
const b = new aws.lambda.Function("b", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: role.arn,
  code: new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({})"),
    "bootstrap": new pulumi.asset.FileAsset(`${__dirname}/lambda/b/bootstrap`),
  }),
});
const c = new pulumi.asset.RemoteArchive("https://example.org/code.zip");
const d = new pulumi.asset.FileArchive("/opt/build/lambda.zip");
// written for a program that runs in bin/: it climbs out of the project folder from lib/'s point of view
const e = new pulumi.asset.FileArchive("../lib/lambda/e");

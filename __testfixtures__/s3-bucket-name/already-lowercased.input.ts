import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.require("environmentSuffix");
const current = aws.getCallerIdentityOutput();

new aws.s3.Bucket("data", {
  bucket: `payment-data-${environmentSuffix}`.toLowerCase(),
});

new aws.s3.Bucket("audit", {
  bucket: pulumi.interpolate`audit-${environmentSuffix}-${current.accountId}`.apply((name) => name.toLowerCase()),
});

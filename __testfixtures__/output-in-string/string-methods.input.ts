import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";
const current = aws.getCallerIdentityOutput();

const logs = new aws.s3.Bucket("logs", {
  bucket: `access-logs-${environmentSuffix}-${current.accountId}`.toLowerCase(),
});

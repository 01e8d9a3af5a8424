import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || config.get("environmentSuffix") || "dev";
const region = config.get("region") || "us-east-1";

const bucket = new aws.s3.BucketV2(`data-${environmentSuffix}`, {
  tags: { Environment: environmentSuffix, Region: region },
});

export const bucketName = bucket.bucket;

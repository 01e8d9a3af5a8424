import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

// Bucket for application logs
const logsBucket = new aws.s3.Bucket("logs-bucket", {
  bucket: `logs-${environmentSuffix}-${Date.now()}`,
  forceDestroy: true,
  tags: {
    Environment: environmentSuffix,
  },
});

const dataBucket = new aws.s3.Bucket("data-bucket", {
  bucket: `my-bucket-${Date.now()}`,
});

export const logsBucketName = logsBucket.bucket;
export const dataBucketName = dataBucket.bucket;

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const primaryBucket = new aws.s3.Bucket(`primary-backup-bucket-${environmentSuffix}`, {
  versioning: {
    enabled: true,
  },
  lifecycleRules: [{
    enabled: true,
    expiration: {
      days: 7,
    },
  }],
});

export const primaryBucketName = primaryBucket.bucket;

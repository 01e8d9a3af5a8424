import { Config } from "@pulumi/pulumi";
import { s3 } from "@pulumi/aws";

const envSuffix = process.env.ENVIRONMENT_SUFFIX || new Config().get("envSuffix") || "dev";

new s3.BucketV2(`logs-${envSuffix}`, { forceDestroy: true });

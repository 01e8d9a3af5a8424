import { Config } from "@pulumi/pulumi";
import { s3 } from "@pulumi/aws";

const envSuffix = new Config().require("envSuffix");

new s3.BucketV2(`logs-${envSuffix}`, { forceDestroy: true });

import * as aws from "@pulumi/aws";

// the fix needs --unsafe: without it the finding stays
const assets = new aws.s3.Bucket("static-assets", { forceDestroy: true }); // iacfix-expect: addEncryption

export const assetsBucket = assets.bucket;

import * as aws from "@pulumi/aws"

const bucket = new aws.s3.BucketV2("site-assets", { forceDestroy: true })

export const bucketName = bucket.bucket

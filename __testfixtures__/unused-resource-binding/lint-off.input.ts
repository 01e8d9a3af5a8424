import * as aws from "@pulumi/aws";

const bucket = new aws.s3.BucketV2("payments-archive");
const versioning = new aws.s3.BucketVersioningV2("payments-archive-versioning", {
    bucket: bucket.id,
    versioningConfiguration: { status: "Enabled" },
});

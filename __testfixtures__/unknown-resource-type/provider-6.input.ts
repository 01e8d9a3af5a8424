import * as aws from "@pulumi/aws";

const bucket = new aws.s3.BucketV2("assets", {});

const versioning = new aws.s3.BucketVersioning("assets-versioning", { // iacfix-expect: unknownName
  bucket: bucket.id,
  versioningConfiguration: { status: "Enabled" },
});

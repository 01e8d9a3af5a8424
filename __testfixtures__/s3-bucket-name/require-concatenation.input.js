"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const stack = pulumi.getStack();

const siteBucket = new aws.s3.Bucket("site-bucket", {
  bucket: "Static_Site_" + stack,
  website: { indexDocument: "index.html" },
});

exports.bucketName = siteBucket.bucket;

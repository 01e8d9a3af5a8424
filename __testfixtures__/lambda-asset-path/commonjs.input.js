"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const object = new aws.s3.BucketObject("index", {
  bucket: site.id,
  source: new pulumi.asset.FileAsset("./lib/www/index.html"),
  contentType: "text/html",
});

const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const primary = new aws.Provider("primary", { region: "us-east-1" });
const secondary = new aws.Provider("secondary", { region: "us-east-1" }); // iacfix-expect: repeatedRegion

const bucket = new aws.s3.BucketV2("assets", {}, { provider: primary });
const replica = new aws.s3.BucketV2("assets-replica", {}, { provider: secondary });

module.exports = {
  bucketArn: bucket.arn,
  replicaArn: replica.arn,
  region: "us-east-1", // iacfix-expect: repeatedRegion
};

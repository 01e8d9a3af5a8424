import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const siteBucket = new aws.s3.BucketV2(`site-${environmentSuffix}`, {});

new aws.s3.BucketWebsiteConfigurationV2(`site-website-${environmentSuffix}`, {
  bucket: siteBucket.id,
  indexDocument: { suffix: "index.html" },
});

// public-read is what the site wants: removing the ACL would take that away, so the rule reports it
// iacfix-expect: aclNotAllowed
new aws.s3.BucketAclV2(`site-acl-${environmentSuffix}`, {
  bucket: siteBucket.id,
  acl: "public-read",
});

const logs = new aws.s3.BucketV2(`logs-${environmentSuffix}`, {});
// iacfix-expect: privateAclReferenced
const logsAcl = new aws.s3.BucketAclV2(`logs-acl-${environmentSuffix}`, { bucket: logs.id, acl: "private" });

new aws.s3.BucketLoggingV2(`site-logging-${environmentSuffix}`, {
  bucket: siteBucket.id,
  targetBucket: logs.id,
  targetPrefix: "site/",
}, { dependsOn: [logsAcl] });

// ownership the program does not show as a literal: left alone
const archive = new aws.s3.BucketV2(`archive-${environmentSuffix}`, {});
new aws.s3.BucketOwnershipControls(`archive-ownership-${environmentSuffix}`, {
  bucket: archive.id,
  rule: { objectOwnership: process.env.OBJECT_OWNERSHIP ?? "BucketOwnerPreferred" },
});
new aws.s3.BucketAclV2(`archive-acl-${environmentSuffix}`, { bucket: archive.id, acl: "private" });

// a bucket created elsewhere: its ownership is not known here
new aws.s3.BucketAclV2(`shared-acl-${environmentSuffix}`, { bucket: "shared-bucket-created-by-hand", acl: "private" });

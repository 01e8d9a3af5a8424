const aws = require("@pulumi/aws");

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const backups = new aws.s3.BucketV2(`backups-${environmentSuffix}`, {
    forceDestroy: true,
});

new aws.s3.BucketVersioningV2(`backups-versioning-${environmentSuffix}`, {
    bucket: backups.id,
    versioningConfiguration: { status: "Enabled" },
});

exports.backupsBucket = backups.bucket;

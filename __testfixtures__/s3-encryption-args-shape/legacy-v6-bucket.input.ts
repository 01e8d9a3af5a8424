import * as aws from "@pulumi/aws";

// provider v6 (the file writes V2 classes): aws.s3.Bucket is the legacy bucket, so the move waits for --unsafe
const reports = new aws.s3.Bucket("reports", {
  // iacfix-expect: moveToResource
  serverSideEncryptionConfiguration: {
    rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
  },
});

new aws.s3.BucketVersioningV2("reports-versioning", {
  bucket: reports.id,
  versioningConfiguration: { status: "Enabled" },
});

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const siteBucket = new aws.s3.Bucket("site", {
  website: { indexDocument: "index.html" }, // iacfix-expect: moveManually
});
export const siteUrl = pulumi.interpolate`http://${siteBucket.websiteEndpoint}`;

const processedBucket = new aws.s3.Bucket("processed", {
  versioning: { enabled: false }, // iacfix-expect: moveManually
  // iacfix-expect: moveManually
  lifecycleRules: [{
    enabled: true,
    tags: { tier: "temporary" },
    expiration: { days: 1 },
  }],
});

const lockedBucket = new aws.s3.Bucket("locked", {
  // iacfix-expect: moveByHand
  objectLockConfiguration: {
    objectLockEnabled: "Enabled",
    rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } },
  },
});

export function regionalBucket(name: string, opts: pulumi.CustomResourceOptions) {
  return new aws.s3.Bucket(name, { versioning: { enabled: true } }, opts); // iacfix-expect: moveManually
}

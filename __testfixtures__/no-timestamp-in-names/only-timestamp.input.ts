import * as aws from "@pulumi/aws";

// The whole name is the timestamp: there is no stable name to keep, so the rule only reports it.
const bucket = new aws.s3.Bucket("uploads", {
  bucket: `${Date.now()}`,  // iacfix-expect: stableNameNeeded
});

const stamp = Date.now().toString();
const queue = new aws.sqs.Queue(stamp, {  // iacfix-expect: stableNameNeeded
  messageRetentionSeconds: 86400,
});

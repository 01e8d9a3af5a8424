import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const current = aws.getCallerIdentityOutput();

const auditBucket = new aws.s3.Bucket("audit-logs", {
  bucket: pulumi.interpolate`audit-logs-${pulumi.getStack()}-${current.accountId}`.apply((s) => s.toLowerCase()),
  forceDestroy: true,
});

export const auditBucketArn = auditBucket.arn;

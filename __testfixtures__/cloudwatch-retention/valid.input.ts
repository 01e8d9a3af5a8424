import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const logRetentionDays = config.getNumber("logRetentionDays") ?? 14;
const complianceDays = 2555;

const lambdaLogs = new aws.cloudwatch.LogGroup(`lambda-logs-${environmentSuffix}`, {
  retentionInDays: 7,
});

const apiLogs = new aws.cloudwatch.LogGroup(`api-logs-${environmentSuffix}`, {
  retentionInDays: logRetentionDays,
});

const archiveLogs = new aws.cloudwatch.LogGroup(`archive-logs-${environmentSuffix}`, {
  retentionInDays: 0, // never expire
});

// 2555 is fine for an S3 lifecycle rule
const archive = new aws.s3.BucketLifecycleConfiguration(`archive-lifecycle-${environmentSuffix}`, {
  bucket: "archive",
  rules: [{ id: "expire", status: "Enabled", expiration: { days: complianceDays } }],
});

const auditLogs = new aws.cloudwatch.LogGroup(`audit-logs-${environmentSuffix}`, {
  retentionInDays: complianceDays, // iacfix-expect: invalidVariable
});

const tieredLogs = new aws.cloudwatch.LogGroup(`tiered-logs-${environmentSuffix}`, {
  retentionInDays: logRetentionDays > 10 ? 30 : 14,
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";
const current = aws.getCallerIdentity({});

const auditKey = new aws.kms.Key(`audit-key-${environmentSuffix}`, {
  description: "KMS key for audit logs",
  enableKeyRotation: true,
  policy: pulumi.all([current]).apply(([identity]) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "Enable IAM User Permissions",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${identity.accountId}:root` },
          Action: "kms:*",
          Resource: "*",
        },
      ],
    })
  ),
});

const appKey = new aws.kms.Key(`app-key-${environmentSuffix}`, {
  description: "KMS key for application logs",
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "EnableRoot",
        Effect: "Allow",
        Principal: { AWS: pulumi.interpolate`arn:aws:iam::${aws.getCallerIdentityOutput().accountId}:root` },
        Action: "kms:*",
        Resource: "*",
      },
    ],
  }),
});

export const auditLogs = new aws.cloudwatch.LogGroup(`audit-logs-${environmentSuffix}`, {
  retentionInDays: 365,
  kmsKeyId: auditKey.arn,
});

export const appLogs = new aws.cloudwatch.LogGroup(`app-logs-${environmentSuffix}`, {
  retentionInDays: 14,
  kmsKeyId: appKey.arn,
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";
const accountId = aws.getCallerIdentityOutput().accountId;
const region = aws.getRegionOutput().region;

// the policy already lets CloudWatch Logs use the key
const logsKey = new aws.kms.Key(`logs-key-${environmentSuffix}`, {
  policy: pulumi.all([accountId, region]).apply(([account, reg]) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Sid: "Root", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: "kms:*", Resource: "*" },
      { Sid: "Logs", Effect: "Allow", Principal: { Service: `logs.${reg}.amazonaws.com` }, Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"], Resource: "*" },
    ],
  })),
});
new aws.cloudwatch.LogGroup(`app-logs-${environmentSuffix}`, { kmsKeyId: logsKey.arn });

// no log group uses this key
const dataKey = new aws.kms.Key(`data-key-${environmentSuffix}`, { enableKeyRotation: true });
new aws.s3.Bucket(`data-${environmentSuffix}`, {
  serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn } } },
});

// an AWS managed key, or a key from elsewhere
new aws.cloudwatch.LogGroup(`managed-logs-${environmentSuffix}`, { kmsKeyId: "alias/aws/logs" });

// the key policy is a separate resource that grants the service
const separateKey = new aws.kms.Key(`separate-key-${environmentSuffix}`, {});
new aws.kms.KeyPolicy(`separate-key-policy-${environmentSuffix}`, {
  keyId: separateKey.id,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: pulumi.interpolate`logs.${region}.amazonaws.com` }, Action: "kms:*", Resource: "*" }],
  }),
});
new aws.cloudwatch.LogGroup(`separate-logs-${environmentSuffix}`, { kmsKeyId: separateKey.arn });

// a JSON text policy is reported, not edited
const textKey = new aws.kms.Key(`text-key-${environmentSuffix}`, {
  policy: `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}`, // iacfix-expect: grantLogs
});
new aws.cloudwatch.LogGroup(`text-logs-${environmentSuffix}`, { kmsKeyId: textKey.arn });

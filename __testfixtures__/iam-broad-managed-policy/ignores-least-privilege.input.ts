import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const current = aws.getCallerIdentityOutput();
const bucket = new aws.s3.Bucket("app-data", { forceDestroy: true });

// the key policy's root statement must allow kms:* on "*": not an identity policy
const key = new aws.kms.Key("app-key", {
  policy: current.accountId.apply((accountId) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "EnableRootPermissions",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: "kms:*",
          Resource: "*",
        },
      ],
    }),
  ),
});

const role = new aws.iam.Role("app-role", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
  }),
  managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole],
});

new aws.iam.RolePolicyAttachment("app-xray", {
  role: role.name,
  policyArn: "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
});

new aws.iam.RolePolicy("app-policy", {
  role: role.id,
  policy: pulumi.all([bucket.arn, key.arn]).apply(([bucketArn, keyArn]) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: ["s3:Get*", "s3:List*"], Resource: [bucketArn, `${bucketArn}/*`] },
        { Effect: "Allow", Action: "kms:*", Resource: keyArn },
        { Effect: "Allow", Action: ["cloudwatch:PutMetricData", "xray:PutTraceSegments"], Resource: "*" },
        { Effect: "Deny", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
      ],
    }),
  ),
});

new aws.s3.BucketPolicy("app-data-policy", {
  bucket: bucket.id,
  policy: bucket.arn.apply((arn) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*" }],
    }),
  ),
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const logs = new aws.s3.BucketV2("alb-logs");

const logsPolicy = aws.iam.getPolicyDocumentOutput({
  statements: [
    {
      sid: "AllowAlbLogs",
      principals: [{ type: "AWS", identifiers: [aws.elb.getServiceAccountOutput({}).arn] }],
      actions: ["s3:PutObject"],
      resources: [pulumi.interpolate`${logs.arn}/AWSLogs/*`],
    },
    {
      sid: "AllowAlbLogsServicePrincipal",
      principals: [{ type: "Service", identifiers: ["logdelivery.elasticloadbalancing.amazonaws.com"] }],
      actions: ["s3:PutObject"],
      resources: [pulumi.interpolate`${logs.arn}/AWSLogs/*`],
    },
  ],
});

new aws.s3.BucketPolicy("alb-logs-policy", { bucket: logs.id, policy: logsPolicy.json });

const archive = new aws.s3.BucketV2("alb-archive-logs", { bucket: "acme-alb-archive-logs" });

// the Promise form takes plain strings only: reported
const archivePolicy = aws.iam.getPolicyDocument({
  statements: [
    {
      principals: [{ type: "Service", identifiers: ["elasticloadbalancing.amazonaws.com"] }], // iacfix-expect: grantWrongPrincipal
      actions: ["s3:PutObject"],
      resources: ["arn:aws:s3:::acme-alb-archive-logs/*"],
    },
  ],
});

new aws.s3.BucketPolicy("alb-archive-policy", { bucket: archive.id, policy: archivePolicy.then((doc) => doc.json) });

import * as aws from "@pulumi/aws";

const logs = new aws.s3.Bucket("lb-logs");

new aws.s3.BucketPolicy("lb-logs-policy", {
  bucket: logs.id,
  policy: logs.arn.apply((arn) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [{
      Effect: "Allow",
      Principal: {
        Service: ["elasticloadbalancing.amazonaws.com", "delivery.logs.amazonaws.com"], // iacfix-expect: grantWrongPrincipal
      },
      Action: ["s3:PutObject", "s3:GetBucketAcl"],
      Resource: [arn, `${arn}/*`],
    }],
  })),
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const logs = new aws.s3.Bucket("alb-logs");

new aws.s3.BucketPolicy("alb-logs-policy", {
  bucket: logs.id,
  // iacfix-expect: grantWrongPrincipal
  policy: pulumi.interpolate`{
    "Version": "2012-10-17",
    "Statement": [{
      "Effect": "Allow",
      "Principal": { "Service": "elasticloadbalancing.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "${logs.arn}/*"
    }]
  }`,
});

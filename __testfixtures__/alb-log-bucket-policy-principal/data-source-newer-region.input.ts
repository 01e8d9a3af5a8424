import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const hyderabad = new aws.Provider("hyderabad", { region: "ap-south-2" });
const elbAccount = aws.elb.getServiceAccount({}, { provider: hyderabad });

const logs = new aws.s3.Bucket("alb-logs", {}, { provider: hyderabad });

new aws.s3.BucketPolicy("alb-logs-policy", {
  bucket: logs.id,
  // iacfix-expect: dataSourceFails
  policy: pulumi.all([logs.arn, elbAccount]).apply(([arn, account]) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: account.arn }, Action: "s3:PutObject", Resource: `${arn}/*` }],
  })),
}, { provider: hyderabad });

import json

import pulumi
import pulumi_aws as aws

zurich = aws.Provider("zurich", region="eu-central-2")

logs_bucket = aws.s3.Bucket("alb-logs", opts=pulumi.ResourceOptions(provider=zurich))

aws.s3.BucketPolicy(
    "alb-logs-policy",
    bucket=logs_bucket.id,
    policy=logs_bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "elasticloadbalancing.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": f"{arn}/*",
        }],
    })),
    opts=pulumi.ResourceOptions(provider=zurich),
)

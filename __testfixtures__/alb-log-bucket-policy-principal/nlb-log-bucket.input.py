import json

import pulumi_aws as aws

nlb_logs = aws.s3.Bucket("nlb-logs")

aws.s3.BucketPolicy(
    "nlb-logs-policy",
    bucket=nlb_logs.id,
    policy=nlb_logs.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "elasticloadbalancing.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": f"{arn}/*",
        }],
    })),
)

aws.lb.LoadBalancer(
    "tcp-nlb",
    load_balancer_type="network",
    subnets=["subnet-1"],
    access_logs={"bucket": nlb_logs.bucket, "enabled": True},
)

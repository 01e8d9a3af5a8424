import json

from pulumi_aws import lb, s3

logs = s3.Bucket("alb-logs")

s3.BucketPolicy(
    "alb-logs-policy",
    bucket=logs.id,
    policy=logs.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "elasticloadbalancing.amazonaws.com"},  # iacfix-expect: grantWrongPrincipal
            "Action": "s3:PutObject",
            "Resource": f"{arn}/*",
        }],
    })),
)

lb.LoadBalancer("alb", subnets=["subnet-1"], access_logs=lb.LoadBalancerAccessLogsArgs(bucket=logs.bucket, enabled=True))

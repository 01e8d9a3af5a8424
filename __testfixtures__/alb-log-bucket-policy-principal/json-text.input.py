import pulumi
import pulumi_aws as aws

logs = aws.s3.Bucket("alb-logs")

aws.s3.BucketPolicy(
    "alb-logs-policy",
    bucket=logs.id,
    policy=logs.arn.apply(
        # iacfix-expect: grantWrongPrincipal
        lambda arn: f'{{"Version": "2012-10-17", "Statement": [{{"Effect": "Allow", "Principal": {{"Service": "elasticloadbalancing.amazonaws.com"}}, "Action": "s3:PutObject", "Resource": "{arn}/*"}}]}}'
    ),
)

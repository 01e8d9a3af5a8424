import json

import pulumi
import pulumi_aws as aws

bucket = aws.s3.BucketV2("reports")

key = aws.kms.Key(
    "reports-key",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "EnableRoot",
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
            "Action": "kms:*",
            "Resource": "*",
        }],
    }),
)

role = aws.iam.Role(
    "reports-role",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }),
)

aws.iam.RolePolicyAttachment(
    "reports-basic",
    role=role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
)

aws.iam.RolePolicy(
    "reports-policy",
    role=role.id,
    policy=bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": f"{arn}/*"},
            {"Effect": "Allow", "Action": "s3:*", "Resource": arn},
            {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
            {"Effect": "Allow", "Action": ["cloudwatch:PutMetricData"], "Resource": "*"},
        ],
    })),
)

pulumi.export("role_arn", role.arn)

import json

import pulumi
import pulumi_aws as aws

key = aws.kms.Key("elb-logs-key")
elb_logs = aws.s3.BucketV2("elb-logs")

aws.s3.BucketServerSideEncryptionConfigurationV2(
    "elb-logs-sse",
    bucket=elb_logs.id,
    rules=[aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
        apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
            sse_algorithm="aws:kms:dsse",
            kms_master_key_id=key.arn,
        ),
    )],
)

aws.s3.BucketPolicy(
    "elb-logs-policy",
    bucket=elb_logs.id,
    policy=pulumi.Output.all(elb_logs.arn, aws.elb.get_service_account().arn).apply(
        lambda args: json.dumps({
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": {"AWS": args[1]},
                "Action": "s3:PutObject",
                "Resource": f"{args[0]}/AWSLogs/*",
            }],
        })
    ),
)

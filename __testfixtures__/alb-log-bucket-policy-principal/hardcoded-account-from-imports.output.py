import json

import pulumi
import pulumi_aws as aws
from pulumi_aws import s3, lb


class SaasPlatform:
    def _create_alb_logs_bucket(self) -> s3.Bucket:
        """Create S3 bucket for ALB access logs."""
        logs_bucket = s3.Bucket(
            "alb-logs-bucket",
            bucket=f"saas-alb-logs-{pulumi.get_stack()}",
        )

        # Bucket policy for ALB logging
        elb_service_account = aws.elb.get_service_account()
        s3.BucketPolicy("alb-logs-policy",
            bucket=logs_bucket.id,
            policy=pulumi.Output.all(logs_bucket.arn).apply(
                lambda args: json.dumps({
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Sid": "AllowALBLogging",
                        "Effect": "Allow",
                        "Principal": {"AWS": elb_service_account.arn},
                        "Action": "s3:PutObject",
                        "Resource": f"{args[0]}/AWSLogs/*"
                    }, {
                        "Sid": "AllowALBLoggingServicePrincipal",
                        "Effect": "Allow",
                        "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
                        "Action": "s3:PutObject",
                        "Resource": f"{args[0]}/AWSLogs/*"
                    }]
                })
            )
        )

        return logs_bucket

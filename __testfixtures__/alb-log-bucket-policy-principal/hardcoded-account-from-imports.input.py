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
        s3.BucketPolicy("alb-logs-policy",
            bucket=logs_bucket.id,
            policy=pulumi.Output.all(logs_bucket.arn).apply(
                lambda args: json.dumps({
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Sid": "AllowALBLogging",
                        "Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::127311923021:root"},  # ALB service account for us-east-1
                        "Action": "s3:PutObject",
                        "Resource": f"{args[0]}/AWSLogs/*"
                    }]
                })
            )
        )

        return logs_bucket

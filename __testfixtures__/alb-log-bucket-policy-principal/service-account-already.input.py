import json

import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, environment_suffix, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        elb_account = aws.elb.get_service_account()
        self.logs_bucket = aws.s3.Bucket(
            f"alb-logs-{environment_suffix}",
            opts=pulumi.ResourceOptions(parent=self),
        )
        aws.s3.BucketPolicy(
            f"alb-logs-policy-{environment_suffix}",
            bucket=self.logs_bucket.id,
            policy=self.logs_bucket.arn.apply(lambda arn: json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": elb_account.arn},
                        "Action": "s3:PutObject",
                        "Resource": f"{arn}/AWSLogs/*",
                    },
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
                        "Action": "s3:PutObject",
                        "Resource": f"{arn}/AWSLogs/*",
                    },
                ],
            })),
            opts=pulumi.ResourceOptions(parent=self),
        )

        aws.lambda_.Permission(
            f"alb-invoke-{environment_suffix}",
            action="lambda:InvokeFunction",
            function="api-handler",
            principal="elasticloadbalancing.amazonaws.com",
            opts=pulumi.ResourceOptions(parent=self),
        )

import json

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, subnet_ids, opts: ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.environment_suffix = environment_suffix

        self.alb_logs_bucket = aws.s3.Bucket(
            f"alb-logs-{self.environment_suffix}",
            force_destroy=True,
            opts=ResourceOptions(parent=self),
        )

        alb_logs_policy = self.alb_logs_bucket.arn.apply(
            lambda arn: json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "AWSLogDeliveryWrite",
                        "Effect": "Allow",
                        "Principal": {
                            "Service": "elasticloadbalancing.amazonaws.com"
                        },
                        "Action": "s3:PutObject",
                        "Resource": f"{arn}/*"
                    },
                    {
                        "Sid": "AWSLogDeliveryAclCheck",
                        "Effect": "Allow",
                        "Principal": {
                            "Service": "elasticloadbalancing.amazonaws.com"
                        },
                        "Action": "s3:GetBucketAcl",
                        "Resource": arn
                    }
                ]
            })
        )

        self.alb_logs_bucket_policy = aws.s3.BucketPolicy(
            f"alb-logs-policy-{self.environment_suffix}",
            bucket=self.alb_logs_bucket.id,
            policy=alb_logs_policy,
            opts=ResourceOptions(parent=self),
        )

        self.alb = aws.lb.LoadBalancer(
            f"tap-alb-{self.environment_suffix}",
            load_balancer_type="application",
            subnets=subnet_ids,
            access_logs=aws.lb.LoadBalancerAccessLogsArgs(
                bucket=self.alb_logs_bucket.bucket,
                enabled=True,
            ),
            opts=ResourceOptions(parent=self, depends_on=[self.alb_logs_bucket_policy]),
        )

        self.register_outputs({"alb_dns_name": self.alb.dns_name})

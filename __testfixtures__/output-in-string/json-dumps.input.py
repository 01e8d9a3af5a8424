import json
import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.environment_suffix = args.environment_suffix

        self.inventory_bucket = aws.s3.Bucket(f"inventory-{self.environment_suffix}", opts=pulumi.ResourceOptions(parent=self))

        self.lambda_policy = aws.iam.RolePolicy(
            f"lambda-policy-{self.environment_suffix}",
            role=self.lambda_role.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Action": ["s3:GetObject", "s3:PutObject"],
                    "Resource": [self.inventory_bucket.arn, f"{self.inventory_bucket.arn}/*"]
                }]
            }),
            opts=pulumi.ResourceOptions(parent=self),
        )

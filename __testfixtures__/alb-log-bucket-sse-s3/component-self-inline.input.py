import pulumi
import pulumi_aws as aws


class WebStack(pulumi.ComponentResource):
    def __init__(self, name: str, subnet_ids: list, opts=None):
        super().__init__("tap:web:WebStack", name, None, opts)

        self.logs_key = aws.kms.Key(f"{name}-logs-key", opts=pulumi.ResourceOptions(parent=self))

        self.logs_bucket = aws.s3.Bucket(
            f"{name}-alb-logs",
            server_side_encryption_configuration=aws.s3.BucketServerSideEncryptionConfigurationArgs(
                rule=aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
                    apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                        sse_algorithm="aws:kms",
                        kms_master_key_id=self.logs_key.arn,
                    ),
                    bucket_key_enabled=True,
                ),
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.alb = aws.lb.LoadBalancer(
            f"{name}-alb",
            subnets=subnet_ids,
            access_logs=aws.lb.LoadBalancerAccessLogsArgs(
                bucket=self.logs_bucket.id,
                enabled=True,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.register_outputs({"alb_dns": self.alb.dns_name})

import json

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, environment_suffix, site_bucket, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.logs_bucket = aws.s3.Bucket(
            f"cdn-logs-{environment_suffix}",
            force_destroy=True,
            opts=ResourceOptions(parent=self),
        )

        caller_identity = aws.get_caller_identity()
        aws.s3.BucketPolicy(
            f"cdn-logs-policy-{environment_suffix}",
            bucket=self.logs_bucket.id,
            policy=self.logs_bucket.arn.apply(lambda arn: json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Sid": "DenyInsecureTransport",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": [arn, f"{arn}/*"],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }, {
                    "Sid": "AllowCloudFrontLogDelivery",
                    "Effect": "Allow",
                    "Principal": {"Service": "delivery.logs.amazonaws.com"},
                    "Action": "s3:PutObject",
                    "Resource": f"{arn}/*",
                    "Condition": {"StringEquals": {"aws:SourceAccount": caller_identity.account_id}},
                }],
            })),
            opts=ResourceOptions(parent=self),
        )

        self.distribution = aws.cloudfront.Distribution(
            f"cdn-{environment_suffix}",
            enabled=True,
            origins=[aws.cloudfront.DistributionOriginArgs(origin_id="site", domain_name=site_bucket.bucket_regional_domain_name)],
            default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
                target_origin_id="site",
                viewer_protocol_policy="redirect-to-https",
                allowed_methods=["GET", "HEAD"],
                cached_methods=["GET", "HEAD"],
            ),
            restrictions={"geo_restriction": {"restriction_type": "none"}},
            viewer_certificate={"cloudfront_default_certificate": True},
            opts=ResourceOptions(parent=self),
        )

        log_source = aws.cloudwatch.LogDeliverySource(
            f"cdn-logs-source-{environment_suffix}",
            name=f"cdn-access-logs-{environment_suffix}",
            log_type="ACCESS_LOGS",
            resource_arn=self.distribution.arn,
            opts=ResourceOptions(parent=self),
        )
        log_destination = aws.cloudwatch.LogDeliveryDestination(
            f"cdn-logs-destination-{environment_suffix}",
            name=f"cdn-logs-s3-{environment_suffix}",
            delivery_destination_configuration={"destination_resource_arn": self.logs_bucket.arn},
            opts=ResourceOptions(parent=self),
        )
        aws.cloudwatch.LogDelivery(
            f"cdn-logs-delivery-{environment_suffix}",
            delivery_source_name=log_source.name,
            delivery_destination_arn=log_destination.arn,
            opts=ResourceOptions(parent=self),
        )

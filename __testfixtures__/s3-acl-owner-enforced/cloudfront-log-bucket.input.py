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

        self.distribution = aws.cloudfront.Distribution(
            f"cdn-{environment_suffix}",
            enabled=True,
            origins=[aws.cloudfront.DistributionOriginArgs(
                origin_id="site",
                domain_name=site_bucket.bucket_regional_domain_name,
            )],
            default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
                target_origin_id="site",
                viewer_protocol_policy="redirect-to-https",
                allowed_methods=["GET", "HEAD"],
                cached_methods=["GET", "HEAD"],
            ),
            logging_config=aws.cloudfront.DistributionLoggingConfigArgs(
                bucket=self.logs_bucket.bucket_domain_name,
                include_cookies=False,
                prefix="cdn/",
            ),
            restrictions=aws.cloudfront.DistributionRestrictionsArgs(
                geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none"),
            ),
            viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(cloudfront_default_certificate=True),
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"domain": self.distribution.domain_name})

import pulumi_aws as aws

key = aws.kms.Key("cf-logs-key")
cf_logs = aws.s3.BucketV2("cf-logs")

# CloudFront standard logs can be written to an SSE-KMS bucket
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "cf-logs-sse",
    bucket=cf_logs.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)

aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    logging_config=aws.cloudfront.DistributionLoggingConfigArgs(
        bucket=cf_logs.bucket_domain_name,
        prefix="cdn/",
    ),
    origins=[aws.cloudfront.DistributionOriginArgs(domain_name="example.com", origin_id="web")],
    default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
        target_origin_id="web",
        viewer_protocol_policy="redirect-to-https",
        allowed_methods=["GET", "HEAD"],
        cached_methods=["GET", "HEAD"],
    ),
    restrictions=aws.cloudfront.DistributionRestrictionsArgs(
        geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none"),
    ),
    viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(cloudfront_default_certificate=True),
)

import pulumi
from pulumi_aws import cloudfront, s3

stack = pulumi.get_stack()

cf_logs_bucket = s3.BucketV2(
    "cf-logs",
    force_destroy=True,
    tags={"Stack": stack},
)

cf_logs_acl = s3.BucketAclV2(
    "cf-logs-acl",
    bucket=cf_logs_bucket.id,
    acl="private",
)

cdn = cloudfront.Distribution(
    "cdn",
    enabled=True,
    origins=[{"origin_id": "web", "domain_name": "origin.internal.example.net"}],
    default_cache_behavior={
        "target_origin_id": "web",
        "viewer_protocol_policy": "allow-all",
        "allowed_methods": ["GET", "HEAD"],
        "cached_methods": ["GET", "HEAD"],
    },
    logging_config={"bucket": cf_logs_bucket.bucket_domain_name, "prefix": "cdn/"},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True},
)

pulumi.export("cdn_domain", cdn.domain_name)

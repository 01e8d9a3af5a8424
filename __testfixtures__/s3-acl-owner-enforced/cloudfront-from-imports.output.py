import pulumi
from pulumi_aws import cloudfront, s3

stack = pulumi.get_stack()

cf_logs_bucket = s3.BucketV2(
    "cf-logs",
    force_destroy=True,
    tags={"Stack": stack},
)
cf_logs_bucket_ownership = s3.BucketOwnershipControls(
    "cf-logs-ownership",
    bucket=cf_logs_bucket.id,
    rule={"object_ownership": "BucketOwnerPreferred"},
)

cf_logs_acl = s3.BucketAclV2(
    "cf-logs-acl",
    bucket=cf_logs_bucket.id,
    acl="private",
    opts=pulumi.ResourceOptions(depends_on=[cf_logs_bucket_ownership]),
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
    opts=pulumi.ResourceOptions(depends_on=[cf_logs_bucket_ownership]),
)

pulumi.export("cdn_domain", cdn.domain_name)

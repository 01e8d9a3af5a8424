import json

import pulumi
import pulumi_aws as aws

logs_bucket = aws.s3.Bucket("cloudfront-logs", force_destroy=True)

aws.s3.BucketPolicy(
    "cloudfront-logs-policy",
    bucket=logs_bucket.id,
    policy=logs_bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": [arn, f"{arn}/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        }],
    })),
)

distribution = aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    origins=[{"origin_id": "web", "domain_name": "example.org"}],
    default_cache_behavior={
        "target_origin_id": "web",
        "viewer_protocol_policy": "allow-all",
        "allowed_methods": ["GET", "HEAD"],
        "cached_methods": ["GET", "HEAD"],
    },
    logging_config={
        "include_cookies": False,
        "bucket": logs_bucket.bucket_domain_name,
        "prefix": "cloudfront-logs/",
    },
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True},
)

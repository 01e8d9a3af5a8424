import pulumi
import pulumi_aws as aws
from pulumi_aws import cloudwatch, s3

logs = s3.Bucket("cdn-logs")  # iacfix-expect: noBucketPolicy
text_logs = s3.Bucket("cdn-logs-text")

s3.BucketPolicy(
    "cdn-logs-text-policy",
    bucket=text_logs.id,
    # iacfix-expect: grantDelivery
    policy=text_logs.arn.apply(lambda arn: f'{{"Version": "2012-10-17", "Statement": [{{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "{arn}/*", "Condition": {{"Bool": {{"aws:SecureTransport": "false"}}}}}}]}}'),
)

distribution = aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    origins=[{"origin_id": "web", "domain_name": "example.org"}],
    default_cache_behavior={"target_origin_id": "web", "viewer_protocol_policy": "allow-all", "allowed_methods": ["GET"], "cached_methods": ["GET"]},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True},
)

source = cloudwatch.LogDeliverySource("cdn-logs-source", name="cdn-access-logs", log_type="ACCESS_LOGS", resource_arn=distribution.arn)
destination = cloudwatch.LogDeliveryDestination(
    "cdn-logs-destination",
    name="cdn-logs-s3",
    delivery_destination_configuration=cloudwatch.LogDeliveryDestinationDeliveryDestinationConfigurationArgs(destination_resource_arn=logs.arn),
)
cloudwatch.LogDelivery("cdn-logs-delivery", delivery_source_name=source.name, delivery_destination_arn=destination.arn)
text_destination = cloudwatch.LogDeliveryDestination(
    "cdn-logs-text-destination",
    name="cdn-logs-s3-text",
    delivery_destination_configuration={"destination_resource_arn": text_logs.arn},
)
cloudwatch.LogDelivery("cdn-logs-text-delivery", delivery_source_name=source.name, delivery_destination_arn=text_destination.arn)

import pulumi
import pulumi_aws as aws

# provider v6: aws.s3.Bucket is the legacy bucket, whose inline settings are not
# deprecated; moving them on a deployed stack may clear them for a moment, so
# the fix waits for --unsafe
backup_bucket = aws.s3.Bucket(
    "backups",
    versioning=aws.s3.BucketVersioningArgs(enabled=True),  # iacfix-expect: moveToResource
    force_destroy=True,
)

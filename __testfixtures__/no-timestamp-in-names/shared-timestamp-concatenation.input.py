import time

import pulumi
import pulumi_aws as aws

stack = pulumi.get_stack()
timestamp = int(time.time())

# The Lambda rebuilds the bucket name with `+` from the same timestamp: dropping it
# from the bucket alone would send the function to another bucket, so this is reported only.
uploads = aws.s3.Bucket(
    "uploads",
    bucket=f"uploads-{stack}-{timestamp}",  # iacfix-expect: stableNameNeeded
)

processor = aws.lambda_.Function(
    "processor",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/processor",
    environment=aws.lambda_.FunctionEnvironmentArgs(
        variables={"UPLOAD_BUCKET": "uploads-" + stack + "-" + str(timestamp)},
    ),
)

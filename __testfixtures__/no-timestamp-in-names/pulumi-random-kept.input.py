import pulumi
import pulumi_aws as aws
import pulumi_random as random

stack = pulumi.get_stack()

# pulumi_random keeps its value in the state: a stable suffix, not a timestamp
suffix = random.RandomString("bucket-suffix", length=6, special=False, upper=False)
bucket_id = random.RandomId("bucket-id", byte_length=4)

bucket = aws.s3.Bucket(
    f"data-{stack}",
    bucket=suffix.result.apply(lambda s: f"data-{stack}-{s}"),
)

logs = aws.s3.Bucket(
    "logs",
    bucket=pulumi.Output.concat("logs-", bucket_id.hex),
)

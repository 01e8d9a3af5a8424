import json
import pulumi
import pulumi_aws as aws
import pulumi_random as random

suffix = random.RandomId("suffix", byte_length=4)
dlq = aws.sqs.Queue("dlq")
queue = aws.sqs.Queue("main")

# iacfix-expect: outputInName
bucket = aws.s3.Bucket(f"uploads-{suffix.hex}")

queue_policy = aws.sqs.QueuePolicy(
    "main-policy",
    queue_url=queue.url,
    # iacfix-expect: outputInApply
    policy=queue.arn.apply(lambda arn: json.dumps({"Resource": arn, "Condition": {"ArnEquals": {"aws:SourceArn": dlq.arn}}})),
)

print(f"Queue URL: {queue.url}")  # iacfix-expect: outputAsString

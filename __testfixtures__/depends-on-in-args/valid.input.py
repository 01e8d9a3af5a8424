import pulumi
import pulumi_aws as aws

# Options in opts=, and a resource whose options cannot be seen into.
bucket = aws.s3.Bucket("logs", opts=pulumi.ResourceOptions(protect=True))
queue = aws.sqs.Queue("queue", opts=base_opts)

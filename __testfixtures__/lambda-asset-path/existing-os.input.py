import os
import pulumi
from pulumi import FileAsset, AssetArchive
import pulumi_aws as aws

webhook = aws.lambda_.Function(
    "webhook-processor",
    runtime="python3.12",
    handler="webhook_processor.handler",
    role=role.arn,
    code=AssetArchive({
        "webhook_processor.py": FileAsset("lib/lambda/webhook_processor.py")
    }),
)

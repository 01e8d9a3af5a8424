import json
import time
from datetime import datetime

import pulumi
import pulumi_aws as aws

stack = pulumi.get_stack()
deployed_at = datetime.utcnow().isoformat()

bucket = aws.s3.Bucket(
    f"assets-{stack}",
    bucket=f"assets-{pulumi.get_project()}-{stack}",
    tags={
        "Name": f"assets-{int(time.time())}",
        "CreatedAt": deployed_at,
    },
)

handler = aws.lambda_.Function(
    "handler",
    role="arn:aws:iam::123456789012:role/lambda",
    runtime="python3.12",
    handler="index.handler",
    description=f"Deployed at {datetime.now().isoformat()}",
    environment=aws.lambda_.FunctionEnvironmentArgs(
        variables={"DEPLOYED_AT": str(int(time.time()))},
    ),
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import time\ndef handler(e, c):\n    return {'id': f'req-{int(time.time())}'}\n")}),
)

# the whole name is the timestamp: reported, not rewritten
only_time = aws.sqs.Queue(str(int(time.time())))  # iacfix-expect: stableNameNeeded

pulumi.export("deployed_at", deployed_at)

import pulumi_aws as aws

fn = aws.lambda_.Function(
    "processor",
    runtime="python3.9",  # iacfix-expect: upgrade
    handler="app.handler",
    role=role.arn,
    code=code,
)

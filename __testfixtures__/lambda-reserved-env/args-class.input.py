from pulumi_aws import lambda_

fn = lambda_.Function(
    "payment-processor",
    runtime="python3.12",
    role=role.arn,
    handler="app.handler",
    code=code,
    environment=lambda_.FunctionEnvironmentArgs(
        variables={"DYNAMODB_TABLE": table.name, "AWS_DEFAULT_REGION": "us-east-1", "_HANDLER": "app.handler"},
    ),
)

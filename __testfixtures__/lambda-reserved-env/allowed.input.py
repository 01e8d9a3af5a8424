import json
import pulumi_aws as aws

fn = aws.lambda_.Function(
    "scheduler",
    runtime="python3.12",
    role=role.arn,
    handler="app.handler",
    code=code,
    environment={"variables": {"TZ": "UTC", "AWS_LAMBDA_EXEC_WRAPPER": "/opt/wrapper", "APP_REGION": region}},
)

task = aws.ecs.TaskDefinition(
    "task",
    family="app",
    container_definitions=json.dumps([
        {"name": "app", "image": "nginx", "environment": [{"name": "AWS_REGION", "value": "eu-west-1"}]},
    ]),
)

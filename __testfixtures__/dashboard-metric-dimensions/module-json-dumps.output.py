import json
import pulumi
from pulumi_aws import cloudwatch

environment = pulumi.Config().get("environment") or "dev"

dashboard_body = json.dumps({
    "widgets": [
        {
            "type": "metric",
            "properties": {
                "metrics": [
                    ['AWS/DynamoDB', 'ConsumedReadCapacityUnits', 'TableName', f"{environment}-serverless-table"],
                    ['AWS/ApiGateway', 'Count', 'ApiName', f"{environment}-serverless-api", {'stat': 'Sum'}],
                ],
                "region": "us-east-1",
            },
        },
    ],
})

dashboard = cloudwatch.Dashboard(
    "serverless-dashboard",
    dashboard_name=f"{environment}-serverless",
    dashboard_body=dashboard_body,
)

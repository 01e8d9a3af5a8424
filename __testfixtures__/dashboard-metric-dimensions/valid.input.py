import json

import pulumi
import pulumi_aws as aws

queue = aws.sqs.Queue("jobs")

aws.cloudwatch.Dashboard(
    "jobs-dashboard",
    dashboard_body=queue.name.apply(
        lambda name: json.dumps(
            {
                "widgets": [
                    {
                        "type": "metric",
                        "properties": {
                            "metrics": [
                                ["AWS/SQS", "NumberOfMessagesSent", "QueueName", name, {"stat": "Sum", "label": "Sent"}],
                                [".", "NumberOfMessagesDeleted", ".", ".", {"stat": "Sum"}],
                                ["AWS/Lambda", "Duration", {"stat": "Average", "label": "Avg Duration"}],
                            ],
                        },
                    }
                ]
            }
        )
    ),
)

# alarms take their dimensions as a dict
aws.cloudwatch.MetricAlarm(
    "jobs-age",
    namespace="AWS/SQS",
    metric_name="ApproximateAgeOfOldestMessage",
    dimensions={"QueueName": queue.name},
    comparison_operator="GreaterThanThreshold",
    threshold=300,
    evaluation_periods=1,
    period=60,
    statistic="Maximum",
)

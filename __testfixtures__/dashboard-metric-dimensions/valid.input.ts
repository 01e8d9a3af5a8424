import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const fn = new aws.lambda.Function("worker", {
  runtime: "nodejs22.x",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/worker",
  code: new pulumi.asset.FileArchive("./app"),
});

new aws.cloudwatch.Dashboard("worker-dashboard", {
  dashboardBody: fn.name.apply((name) =>
    JSON.stringify({
      widgets: [
        {
          type: "metric",
          properties: {
            metrics: [
              ["AWS/Lambda", "Invocations", "FunctionName", name, { stat: "Sum", label: "Calls" }],
              ["...", { stat: "p99", label: "P99" }],
              [".", "Errors", ".", ".", { yAxis: "right", color: "#d62728" }],
              [{ expression: "100 * m2 / m1", label: "Error rate", id: "e1" }],
              ["AWS/CloudFront", "Requests", { stat: "Sum", region: "us-east-1" }],
            ],
            view: "timeSeries",
          },
        },
        { type: "text", properties: { markdown: "# Worker" } },
      ],
    }),
  ),
});

// a metric alarm takes its dimensions as an object: not a dashboard
new aws.cloudwatch.MetricAlarm("worker-errors", {
  namespace: "AWS/Lambda",
  metricName: "Errors",
  dimensions: { FunctionName: fn.name },
  comparisonOperator: "GreaterThanThreshold",
  threshold: 1,
  evaluationPeriods: 1,
  period: 300,
  statistic: "Sum",
});

// metric arrays outside a dashboard body are not touched
export const widgets = [["AWS/Lambda", "Errors", { FunctionName: "worker" }]];

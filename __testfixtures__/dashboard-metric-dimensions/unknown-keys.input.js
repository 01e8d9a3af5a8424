const aws = require("@pulumi/aws");

const queue = new aws.sqs.Queue("orders");

const dashboard = new aws.cloudwatch.Dashboard("orders-dashboard", {
    dashboardBody: queue.name.apply((queueName) => JSON.stringify({
        widgets: [{
            type: "metric",
            properties: {
                metrics: [
                    // iacfix-expect: dimensionsWithUnknownKeys
                    ["AWS/SQS", "ApproximateNumberOfMessagesVisible", { QueueName: queueName, statistic: "Maximum" }],
                    ["AWS/SQS", "NumberOfMessagesSent", "QueueName", queueName],
                ],
                region: "us-west-2",
            },
        }],
    })),
});

module.exports = { dashboardName: dashboard.dashboardName };

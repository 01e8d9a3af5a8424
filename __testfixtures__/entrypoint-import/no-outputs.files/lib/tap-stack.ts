import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const table = new aws.dynamodb.Table(`orders-${environmentSuffix}`, {
    attributes: [{ name: "id", type: "S" }],
    hashKey: "id",
    billingMode: "PAY_PER_REQUEST",
});

new aws.cloudwatch.MetricAlarm(`orders-throttles-${environmentSuffix}`, {
    namespace: "AWS/DynamoDB",
    metricName: "ThrottledRequests",
    dimensions: { TableName: table.name },
    statistic: "Sum",
    period: 60,
    evaluationPeriods: 1,
    threshold: 1,
    comparisonOperator: "GreaterThanOrEqualToThreshold",
});

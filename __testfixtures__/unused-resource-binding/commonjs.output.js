"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const cluster = new aws.ecs.Cluster(`app-cluster-${environmentSuffix}`, {
    settings: [{ name: "containerInsights", value: "enabled" }],
});

new aws.cloudwatch.MetricAlarm(`high-cpu-${environmentSuffix}`, {
    namespace: "AWS/ECS",
    metricName: "CPUUtilization",
    dimensions: { ClusterName: cluster.name },
    statistic: "Average",
    period: 300,
    evaluationPeriods: 2,
    threshold: 80,
    comparisonOperator: "GreaterThanThreshold",
});

module.exports = { clusterName: cluster.name };

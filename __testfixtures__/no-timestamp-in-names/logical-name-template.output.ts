import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const stack = pulumi.getStack();

const queue = new aws.sqs.Queue(`orders-queue-${stack}`, {
  visibilityTimeoutSeconds: 60,
});

const topic = new aws.sns.Topic("alerts", {
  displayName: "Alerts",
});

new aws.cloudwatch.LogGroup("app-logs", {
  retentionInDays: 14,
});

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const stack = pulumi.getStack();

const queue = new aws.sqs.Queue(`orders-queue-${stack}-${new Date().getTime()}`, {
  visibilityTimeoutSeconds: 60,
});

const topic = new aws.sns.Topic(`alerts-${+new Date()}`, {
  displayName: "Alerts",
});

new aws.cloudwatch.LogGroup(`app-logs-${new Date().toISOString().slice(0, 10)}`, {
  retentionInDays: 14,
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class QueueStack extends pulumi.ComponentResource {
  public readonly queues: aws.sqs.Queue[];

  constructor(name: string, names: string[], opts?: pulumi.ComponentResourceOptions) {
    super("tap:queue:QueueStack", name, {}, opts);
    this.queues = names.map((queueName) => new aws.sqs.Queue(`${name}-${queueName}`, {
      visibilityTimeoutSeconds: 60,
    }));
    this.createAlarm(name);
    this.registerOutputs({});
  }

  private createAlarm(name: string): aws.cloudwatch.MetricAlarm {
    return new aws.cloudwatch.MetricAlarm(`${name}-depth`, {
      comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: 1,
      metricName: "ApproximateNumberOfMessagesVisible",
      namespace: "AWS/SQS",
      period: 300,
      statistic: "Average",
      threshold: 100,
    });
  }
}

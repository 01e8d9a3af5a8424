import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const queue = new aws.sqs.Queue("events");
const topic = new aws.sns.Topic("alerts");
const topicArn = topic.arn;

const queuePolicyDocument = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "sns.amazonaws.com" }, Action: "sqs:SendMessage", Resource: queue.arn, Condition: { ArnEquals: { "aws:SourceArn": topicArn } } }],
});

new aws.sqs.QueuePolicy("events-policy", { queueUrl: queue.url, policy: queuePolicyDocument });

export const queueConsoleUrl = `https://console.aws.amazon.com/sqs/v3/home#/queues/${queue.url}`;

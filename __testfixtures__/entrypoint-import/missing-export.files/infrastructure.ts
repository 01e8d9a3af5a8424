import * as aws from "@pulumi/aws";

export interface InfrastructureOutputs {
    queueUrl: aws.sqs.Queue["url"];
}

export function createInfrastructure(environmentSuffix: string): InfrastructureOutputs {
    const queue = new aws.sqs.Queue(`jobs-${environmentSuffix}`);
    return { queueUrl: queue.url };
}

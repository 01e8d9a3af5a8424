import * as aws from "@pulumi/aws";

const resourceName = (service: string, suffix: string) => `${service}-${suffix}`;
const timestamp = Date.now();

// A name built by a helper, and queues whose names differ only by their timestamp:
// reported, not rewritten (removing the timestamp would give them the same URN).
const snapshots = new aws.s3.Bucket(resourceName("snapshots", `${Date.now()}`), {});  // iacfix-expect: stableNameNeeded

const workerA = new aws.sqs.Queue(`worker-${timestamp}`, {});  // iacfix-expect: stableNameNeeded
const workerB = new aws.sqs.Queue(`worker-${Date.now()}`, {});  // iacfix-expect: stableNameNeeded
const jobs = new aws.sqs.Queue("jobs", {});
const moreJobs = new aws.sqs.Queue(`jobs-${Date.now()}`, {});  // iacfix-expect: stableNameNeeded

export const queues = [workerA.url, workerB.url, timestamp];

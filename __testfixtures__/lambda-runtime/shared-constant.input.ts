import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const LAMBDA_RUNTIME = "nodejs16.x";
const workerRuntime = config.get("workerRuntime") || "nodejs18.x";

const api = new aws.lambda.Function("api", { runtime: LAMBDA_RUNTIME, handler: "api.handler", role: role.arn, code });
const jobs = new aws.lambda.Function("jobs", { runtime: LAMBDA_RUNTIME, handler: "jobs.handler", role: role.arn, code });
const worker = new aws.lambda.Function("worker", { runtime: workerRuntime, handler: "worker.handler", role: role.arn, code });

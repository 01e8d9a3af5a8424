import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();

const a = new aws.lambda.Function("a", { runtime: "nodejs22.x", handler: "index.handler", role: role.arn, code });
const b = new aws.lambda.Function("b", { runtime: aws.lambda.Runtime.NodeJS24dX, handler: "index.handler", role: role.arn, code });
const c = new aws.lambda.Function("c", { runtime: "python3.12", handler: "app.handler", role: role.arn, code });
const d = new aws.lambda.Function("d", { runtime: "java21", handler: "example.Handler", role: role.arn, code });
const e = new aws.lambda.Function("e", { runtime: aws.lambda.Runtime.CustomAL2023, handler: "bootstrap", role: role.arn, code });
const f = new aws.lambda.Function("f", { runtime: config.require("runtime"), handler: "index.handler", role: role.arn, code });

// not a function's runtime: layers and documentation strings are left alone
const layer = new aws.lambda.LayerVersion("deps", { layerName: "deps", compatibleRuntimes: ["nodejs18.x"], code });
export const note = "migrated from nodejs16.x";

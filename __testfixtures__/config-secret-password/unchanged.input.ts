import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const githubToken = config.requireSecret("githubToken");
const optionalPassword = config.getSecret("dbPassword");
const apiKey = process.env.DB_PASSWORD;

// only read when the stack has it
const legacyPassword = config.getSecret("legacyDbPassword") ? config.requireSecret("legacyDbPassword") : pulumi.secret("unused");

new aws.codepipeline.Webhook("hook", { authentication: "GITHUB_HMAC", authenticationConfiguration: { secretToken: githubToken }, filters: [], targetAction: "Source", targetPipeline: "app" });

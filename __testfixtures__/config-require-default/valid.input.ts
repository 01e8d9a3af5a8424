import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const awsConfig = new pulumi.Config("aws");

// env-suffix-fallback owns the environment suffix
const environmentSuffix = config.require("environmentSuffix");
const fallbackSuffix = config.get("environmentSuffix") || "dev";

// no default anywhere in the program: the value must come from the stack
const notificationEmail = config.require("notificationEmail"); // e.g. "ops@example.com"

// the default is for another config namespace
const appRegion = config.get("region") || "us-east-1";
const providerRegion = awsConfig.require("region");

// a default that is not a literal
const appName = config.get("appName") || pulumi.getStack();
const requiredAppName = config.require("appName");

// another type: the string default does not fit requireNumber
const desiredCount = config.get("desiredCount") || "2";
const requiredCount = config.requireNumber("desiredCount");

// TypeScript's second argument is options, not a default
const tier = config.get("tier", { allowedValues: ["free", "paid"] });
const requiredTier = config.require("tier");

// guarded: require only runs when a value is set
const domain = config.get("domain") ? config.require("domain") : undefined;

// a secret never gets a literal default
const apiKey = config.requireSecret("apiKey"); // iacfix-expect: secretDefault
const fallbackKey = config.getSecret("apiKey") ?? "changeme";

// two different defaults: the program must choose
const retention = config.requireNumber("logRetentionDays"); // iacfix-expect: conflictingDefaults
const apiRetention = config.getNumber("logRetentionDays") ?? 14;
const auditRetention = config.getNumber("logRetentionDays") ?? 365;

const topic = new aws.sns.Topic(`alerts-${environmentSuffix}`, {
  tags: { Email: notificationEmail, App: `${appName}-${requiredAppName}`, Region: `${appRegion}-${providerRegion}` },
});

export const outputs = { topicArn: topic.arn, tier, requiredTier, fallbackSuffix, desiredCount, requiredCount, domain, apiKey, fallbackKey, retention, apiRetention, auditRetention };

import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

// iacfix-expect: unusedProvider
const secondaryProvider = new aws.Provider("secondary", { region: "eu-west-1" });

const deadLetterQueue = (new aws.sqs.Queue(`dlq-${environmentSuffix}`)); // iacfix-expect: dropBinding

import * as aws from "@pulumi/aws";

const enableGsi = process.env.ENABLE_GSI === "true";

export const events = new aws.dynamodb.Table("events", {
  hashKey: "userId",
  rangeKey: "timestamp",
  attributes: [
    { name: "userId", type: "S" },
    { name: "timestamp", type: "N" },
    { name: "eventType", type: "S" },
  ],
  globalSecondaryIndexes: enableGsi
    ? [{ name: "type-index", hashKey: "eventType", projectionType: "ALL" }]
    : undefined,
  billingMode: "PAY_PER_REQUEST",
});

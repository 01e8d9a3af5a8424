import * as aws from "@pulumi/aws";

const sessions = new aws.dynamodb.Table("sessions", {
  billingMode: "PAY_PER_REQUEST",
  hashKey: "userId",
  rangeKey: "sessionId",
  attributes: [
    { name: "userId", type: "S" },
    { name: "sessionId", type: "S" },
    { name: "deviceId", type: "S" },
    { name: "lastSeen", type: "N" },
    { name: "expiresAt", type: "N" },
  ],
  globalSecondaryIndexes: [
    {
      name: "device-index",
      hashKey: "deviceId",
      rangeKey: "lastSeen",
      projectionType: "INCLUDE",
      nonKeyAttributes: ["userId"],
    },
  ],
  localSecondaryIndexes: [
    { name: "expiry-index", rangeKey: "expiresAt", projectionType: "KEYS_ONLY" },
  ],
  ttl: { attributeName: "ttl", enabled: true },
});

export const sessionsTableArn = sessions.arn;

import * as aws from "@pulumi/aws";

// hashKey and the attribute differ in case: which one is meant is for a person to decide
export const profiles = new aws.dynamodb.Table("profiles", {
  hashKey: "userId",
  attributes: [{ name: "userID", type: "S" }],  // iacfix-expect: unusedWithUndeclaredKey
  billingMode: "PAY_PER_REQUEST",
});

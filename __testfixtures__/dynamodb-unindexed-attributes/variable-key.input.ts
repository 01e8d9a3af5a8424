import * as aws from "@pulumi/aws";

const partitionKey = "tenantId";

export const table = new aws.dynamodb.Table("tenants", {
  hashKey: partitionKey,
  attributes: [
    { name: "tenantId", type: "S" },
    { name: "plan", type: "S" },
  ],
  billingMode: "PAY_PER_REQUEST",
});

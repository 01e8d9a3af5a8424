import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

// Orders table: one item per order, queried by id and creation time
const ordersTable = new aws.dynamodb.Table(`orders-${environmentSuffix}`, {
  name: `orders-${environmentSuffix}`,
  billingMode: "PAY_PER_REQUEST",
  hashKey: "orderId",
  rangeKey: "createdAt",
  attributes: [
    { name: "orderId", type: "S" },
    { name: "createdAt", type: "N" },
  ],
  pointInTimeRecovery: { enabled: true },
  tags: { Environment: environmentSuffix },
});

export const ordersTableName = ordersTable.name;

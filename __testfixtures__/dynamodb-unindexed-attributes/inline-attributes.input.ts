import * as aws from "@pulumi/aws";

new aws.dynamodb.Table("users", {
  hashKey: "id",
  attributes: [{ name: "id", type: "S" }, { name: "email", type: "S" }, { name: "createdAt", type: "S" }],
  billingMode: "PAY_PER_REQUEST",
});

const aws = require("@pulumi/aws");

const common = { billingMode: "PAY_PER_REQUEST", rangeKey: "sk" };

new aws.dynamodb.Table("items", {
    ...common,
    hashKey: "pk",
    attributes: [
        { name: "pk", type: "S" },
        { name: "sk", type: "S" },
    ],
});

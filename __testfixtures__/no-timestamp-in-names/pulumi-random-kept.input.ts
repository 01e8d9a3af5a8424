import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

const stack = pulumi.getStack();
const suffix = new random.RandomId("bucket-suffix", { byteLength: 4 });

const bucket = new aws.s3.Bucket(`data-${stack}`, {
  bucket: pulumi.interpolate`data-${stack}-${suffix.hex}`,
});

const table = new aws.dynamodb.Table(`sessions-${stack}`, {
  name: `sessions-${pulumi.getProject()}-${stack}`,
  hashKey: "id",
  attributes: [{ name: "id", type: "S" }],
  billingMode: "PAY_PER_REQUEST",
});

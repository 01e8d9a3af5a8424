import { Bucket } from "@pulumi/aws/s3";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// the class is imported by name: a new class would need a new import
const logs = new Bucket("logs", {
  // iacfix-expect: moveManually
  serverSideEncryptionConfiguration: {
    rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
  },
});

export function replicaBucket(name: string, opts: pulumi.CustomResourceOptions) {
  // the options are spread from a parameter: the provider to use is unknown
  return new aws.s3.Bucket(name, {
    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } }, // iacfix-expect: moveManually
  }, { ...opts, parent: logs });
}

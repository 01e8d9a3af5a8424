import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("ecr-key", {});
// A customer-managed key is a real choice: keep it.
const repo = new aws.ecr.Repository("app", {
  encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key.arn }],
});
// Not an ECR repository: an unrelated class with the same argument name.
const other = new aws.codeartifact.Repository("pkgs", { domain: "d", repository: "r" });
const encryptionConfigurations = [{ encryptionType: "AES256" }];

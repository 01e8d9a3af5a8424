const aws = require("@pulumi/aws");

const key = new aws.kms.Key("ecr-key", { enableKeyRotation: true });
new aws.ecr.Repository("images", {
  encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key.arn }],
});

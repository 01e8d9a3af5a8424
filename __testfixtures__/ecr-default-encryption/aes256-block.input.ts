import * as aws from "@pulumi/aws";

// The repository for the application images.
const repo = new aws.ecr.Repository("app-repo", {
  imageTagMutability: "MUTABLE",
  imageScanningConfiguration: { scanOnPush: true },
  encryptionConfigurations: [
    {
      encryptionType: "AES256",
    },
  ],
  forceDelete: true, // keep: tests clean up
});

export const repositoryUrl = repo.repositoryUrl;

import { ecr } from "@pulumi/aws";

export class Registry {
  readonly repo = new ecr.Repository("svc", { name: "svc", encryptionConfigurations: [{ encryptionType: "AES256" }], forceDelete: true });
}

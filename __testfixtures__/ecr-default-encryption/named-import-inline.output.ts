import { ecr } from "@pulumi/aws";

export class Registry {
  readonly repo = new ecr.Repository("svc", { name: "svc", forceDelete: true });
}

import * as pulumi from "@pulumi/pulumi";
import { dynamodb } from "@pulumi/aws";

export interface CacheStackArgs {
  environmentSuffix: string;
}

export class CacheStack extends pulumi.ComponentResource {
  public readonly table: dynamodb.Table;

  constructor(name: string, args: CacheStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:cache:CacheStack", name, {}, opts);

    this.table = new dynamodb.Table(
      `cache-${args.environmentSuffix}`,
      {
        hashKey: "cacheKey",
        attributes: [
          {
            name: "cacheKey",
            type: "S",
          },
        ],
        ttl: {
          attributeName: "expiresAt",
          enabled: true,
        },
        billingMode: "PAY_PER_REQUEST",
      },
      { parent: this },
    );

    this.registerOutputs({ tableName: this.table.name });
  }
}

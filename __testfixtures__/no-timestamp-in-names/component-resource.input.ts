import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface StorageArgs {
  environmentSuffix: string;
}

export class StorageStack extends pulumi.ComponentResource {
  public readonly bucket: aws.s3.Bucket;
  public readonly table: aws.dynamodb.Table;

  constructor(name: string, args: StorageArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:storage:StorageStack", name, {}, opts);

    const uniqueSuffix = `${Date.now()}`;

    this.bucket = new aws.s3.Bucket(`${name}-artifacts`, {
      bucketPrefix: `artifacts-${args.environmentSuffix}-${uniqueSuffix}-`,
      tags: { CreatedAt: new Date().toISOString() },
    }, { parent: this });

    this.table = new aws.dynamodb.Table(`${name}-sessions`, {
      name: `sessions_${args.environmentSuffix}_${uniqueSuffix}`,
      billingMode: "PAY_PER_REQUEST",
      hashKey: "id",
      attributes: [{ name: "id", type: "S" }],
    }, { parent: this });

    this.registerOutputs({ bucketName: this.bucket.bucket, deployedAt: uniqueSuffix });
  }
}

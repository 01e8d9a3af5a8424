import { ComponentResource, ComponentResourceOptions } from "@pulumi/pulumi";
import { s3, iam } from "@pulumi/aws";

export class StorageStack extends ComponentResource {
  public readonly bucket: s3.Bucket;

  constructor(name: string, opts?: ComponentResourceOptions) {
    super("tap:storage:StorageStack", name, {}, opts);

    this.bucket = new s3.Bucket(`${name}-data`, {
      forceDestroy: true,
    }, {
      protect: false,
    });

    const role = new iam.Role(`${name}-role`, {
      assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }),
    }, { dependsOn: [this.bucket] });

    new s3.BucketPublicAccessBlock(`${name}-pab`, { bucket: this.bucket.id, blockPublicAcls: true }, {});

    this.registerOutputs({ bucketName: this.bucket.bucket, roleArn: role.arn });
  }
}

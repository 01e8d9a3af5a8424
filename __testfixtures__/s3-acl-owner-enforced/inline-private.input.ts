import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class StorageStack extends pulumi.ComponentResource {
    public readonly s3Bucket: aws.s3.Bucket;

    constructor(name: string, resourceName: (kind: string, id: string) => string, opts?: pulumi.ComponentResourceOptions) {
        super("tap:storage:StorageStack", name, {}, opts);

        // Create S3 bucket for logs
        this.s3Bucket = new aws.s3.Bucket(resourceName('s3', 'logs'), {
            acl: 'private',
            versioning: {
                enabled: true,
            },
        }, { parent: this });

        const archive = new aws.s3.Bucket("archive", { acl: aws.s3.CannedAcl.Private, forceDestroy: true });
    }
}

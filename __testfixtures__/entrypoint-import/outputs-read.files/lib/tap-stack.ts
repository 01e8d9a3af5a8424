import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const primaryProvider = new aws.Provider("primary-provider", { region: "us-east-1" });

const primaryVpc = new aws.ec2.Vpc(`primary-vpc-${environmentSuffix}`, {
    cidrBlock: "10.0.0.0/16",
    enableDnsHostnames: true,
    tags: { Name: `primary-vpc-${environmentSuffix}` },
}, { provider: primaryProvider });

const primaryBucket = new aws.s3.Bucket(`primary-backup-bucket-${environmentSuffix}`, {
    forceDestroy: true,
}, { provider: primaryProvider });

export const primaryVpcId = primaryVpc.id;
export const primaryBucketName = primaryBucket.id;

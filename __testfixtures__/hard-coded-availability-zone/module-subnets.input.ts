import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const vpc = new aws.ec2.Vpc(`main-vpc-${environmentSuffix}`, {
    cidrBlock: "10.0.0.0/16",
    enableDnsHostnames: true,
});

// Public subnets in two zones
const publicSubnetA = new aws.ec2.Subnet(`public-a-${environmentSuffix}`, {
    vpcId: vpc.id,
    cidrBlock: "10.0.1.0/24",
    availabilityZone: "us-east-1a",
    mapPublicIpOnLaunch: true,
});

const publicSubnetB = new aws.ec2.Subnet(`public-b-${environmentSuffix}`, {
    vpcId: vpc.id,
    cidrBlock: "10.0.2.0/24",
    availabilityZone: "us-east-1b",
    mapPublicIpOnLaunch: true,
});

const privateSubnetA = new aws.ec2.Subnet(`private-a-${environmentSuffix}`, {
    vpcId: vpc.id,
    cidrBlock: "10.0.11.0/24",
    availabilityZone: "us-east-1a",
});

export const subnetIds = pulumi.all([publicSubnetA.id, publicSubnetB.id, privateSubnetA.id]);

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const vpc = new aws.ec2.Vpc(`main-vpc-${environmentSuffix}`, {
    cidrBlock: "10.0.0.0/16",
    enableDnsHostnames: true,
});

const availabilityZones = aws.getAvailabilityZonesOutput({ state: "available" });
// Public subnets in two zones
const publicSubnetA = new aws.ec2.Subnet(`public-a-${environmentSuffix}`, {
    vpcId: vpc.id,
    cidrBlock: "10.0.1.0/24",
    availabilityZone: availabilityZones.names[0],
    mapPublicIpOnLaunch: true,
});

const publicSubnetB = new aws.ec2.Subnet(`public-b-${environmentSuffix}`, {
    vpcId: vpc.id,
    cidrBlock: "10.0.2.0/24",
    availabilityZone: availabilityZones.names[1],
    mapPublicIpOnLaunch: true,
});

const privateSubnetA = new aws.ec2.Subnet(`private-a-${environmentSuffix}`, {
    vpcId: vpc.id,
    cidrBlock: "10.0.11.0/24",
    availabilityZone: availabilityZones.names[0],
});

export const subnetIds = pulumi.all([publicSubnetA.id, publicSubnetB.id, privateSubnetA.id]);

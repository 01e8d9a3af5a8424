import * as aws from "@pulumi/aws";

const primary = new aws.Provider("primary", { region: "us-east-1" });
const secondary = new aws.Provider("secondary", { region: "eu-west-1" });

const primaryVpc = new aws.ec2.Vpc("primary-vpc", { cidrBlock: "10.0.0.0/16" }, { provider: primary });
const secondaryVpc = new aws.ec2.Vpc("secondary-vpc", { cidrBlock: "10.1.0.0/16" }, { provider: secondary });

new aws.ec2.Subnet("primary-a", {
    vpcId: primaryVpc.id,
    cidrBlock: "10.0.1.0/24",
    availabilityZone: "us-east-1a", // iacfix-expect: zonesOfSeveralRegions
}, { provider: primary });

new aws.ec2.Subnet("secondary-a", {
    vpcId: secondaryVpc.id,
    cidrBlock: "10.1.1.0/24",
    availabilityZone: "eu-west-1a", // iacfix-expect: zonesOfSeveralRegions
}, { provider: secondary });

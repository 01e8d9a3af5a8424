import * as aws from "@pulumi/aws";

const region = "us-east-1";
const zones = aws.getAvailabilityZonesOutput({ state: "available" });

const vpc = new aws.ec2.Vpc("vpc", { cidrBlock: "10.0.0.0/16", tags: { Region: region } });

new aws.ec2.Subnet("subnet-a", {
    vpcId: vpc.id,
    cidrBlock: "10.0.1.0/24",
    availabilityZone: zones.names[0],
});

// a resource named after a zone is not a zone argument
new aws.ec2.Subnet("us-east-1b", {
    vpcId: vpc.id,
    cidrBlock: "10.0.2.0/24",
    availabilityZone: zones.names[1],
});

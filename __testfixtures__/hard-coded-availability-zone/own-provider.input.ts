import * as aws from "@pulumi/aws";

const replicaProvider = new aws.Provider("replica", { region: "us-west-2" });

new aws.ec2.Subnet("replica-a", {
    vpcId: "vpc-0123456789abcdef0",
    cidrBlock: "10.2.1.0/24",
    availabilityZone: "us-west-2a", // iacfix-expect: zoneOfOwnProvider
}, { provider: replicaProvider });

// provider v7: a resource can name its own region
new aws.ec2.Subnet("replica-b", {
    region: "us-west-2",
    vpcId: "vpc-0123456789abcdef0",
    cidrBlock: "10.2.2.0/24",
    availabilityZone: "us-west-2b", // iacfix-expect: zoneOfOwnProvider
});

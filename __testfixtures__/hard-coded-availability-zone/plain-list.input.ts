import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

// Define availability zones
const availabilityZones = ["us-east-1a", "us-east-1b", "us-east-1c"]; // iacfix-expect: zoneInPlainValue, zoneInPlainValue, zoneInPlainValue

const vpc = new aws.ec2.Vpc(`payment-vpc-${environmentSuffix}`, { cidrBlock: "10.0.0.0/16" });

export const subnets = availabilityZones.map((az, i) =>
    new aws.ec2.Subnet(`private-${az}-${environmentSuffix}`, {
        vpcId: vpc.id,
        cidrBlock: `10.0.${i + 10}.0/24`,
        availabilityZone: az,
    }),
);

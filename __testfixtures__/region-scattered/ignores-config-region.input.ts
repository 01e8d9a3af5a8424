import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

type SupportedRegion = "us-east-1" | "us-west-2";

const awsConfig = new pulumi.Config("aws");
const region = (awsConfig.get("region") || "us-east-1") as SupportedRegion;

// us-east-1 is the default; CloudFront certificates must live in us-east-1
const usEast1 = new aws.Provider("us-east-1", { region });

const zones = aws.getAvailabilityZonesOutput({ state: "available" }, { provider: usEast1 });
const accountId = aws.getCallerIdentityOutput({}, { provider: usEast1 }).accountId;

const subnet = new aws.ec2.Subnet("private-a", {
  vpcId: "vpc-123",
  cidrBlock: "10.0.1.0/24",
  availabilityZone: zones.names[0],
}, { provider: usEast1 });

export const logGroupArn = pulumi.interpolate`arn:aws:logs:${region}:${accountId}:log-group:/app`;
export const subnetId = subnet.id;

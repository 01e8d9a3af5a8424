import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const vpc = new aws.ec2.Vpc(`vpc-${environmentSuffix}`, { cidrBlock: "10.0.0.0/16" });
const igw = new aws.ec2.InternetGateway(`igw-${environmentSuffix}`, { vpcId: vpc.id });
const publicRouteTable = new aws.ec2.RouteTable(`public-rt-${environmentSuffix}`, { vpcId: vpc.id });

// Default route to the internet gateway
const publicRoute = new aws.ec2.Route(`public-route-${environmentSuffix}`, {
    routeTableId: publicRouteTable.id,
    destinationCidrBlock: "0.0.0.0/0",
    gatewayId: igw.id,
});

["a", "b"].forEach((az, i) => {
    const subnet = new aws.ec2.Subnet(`public-subnet-${az}-${environmentSuffix}`, {
        vpcId: vpc.id,
        cidrBlock: `10.0.${i}.0/24`,
        availabilityZone: `us-east-1${az}`,
    });
    const association = new aws.ec2.RouteTableAssociation(`public-rta-${az}-${environmentSuffix}`, {
        subnetId: subnet.id,
        routeTableId: publicRouteTable.id,
    });
});

const flowLogGroup = new aws.cloudwatch.LogGroup(`flow-logs-${environmentSuffix}`, { retentionInDays: 7 }), unusedName = "x";

export const vpcId = vpc.id;

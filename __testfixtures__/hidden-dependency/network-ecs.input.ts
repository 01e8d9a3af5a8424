import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const vpc = new aws.ec2.Vpc(`vpc-${environmentSuffix}`, { cidrBlock: "10.0.0.0/16" });
const igw = new aws.ec2.InternetGateway(`igw-${environmentSuffix}`, { vpcId: vpc.id });
const publicSubnet = new aws.ec2.Subnet(`public-${environmentSuffix}`, {
  vpcId: vpc.id,
  cidrBlock: "10.0.1.0/24",
  mapPublicIpOnLaunch: true,
});

const natEip = new aws.ec2.Eip(`nat-eip-${environmentSuffix}`, { domain: "vpc" });
const natDeps = [natEip];
const natGateway = new aws.ec2.NatGateway(`nat-${environmentSuffix}`, {
  allocationId: natEip.id,
  subnetId: publicSubnet.id,
}, { dependsOn: natDeps });

const alb = new aws.lb.LoadBalancer(`alb-${environmentSuffix}`, {
  loadBalancerType: "application",
  subnets: [publicSubnet.id],
});

const targetGroup = new aws.lb.TargetGroup(`tg-${environmentSuffix}`, {
  port: 80,
  protocol: "HTTP",
  targetType: "ip",
  vpcId: vpc.id,
});

const listener = new aws.lb.Listener(`listener-${environmentSuffix}`, {
  loadBalancerArn: alb.arn,
  port: 80,
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});

const cluster = new aws.ecs.Cluster(`cluster-${environmentSuffix}`);

export const service = new aws.ecs.Service(`web-${environmentSuffix}`, {
  cluster: cluster.arn,
  desiredCount: 2,
  launchType: "FARGATE",
  taskDefinition: "web:1",
  networkConfiguration: { subnets: [publicSubnet.id], assignPublicIp: true },
  loadBalancers: [{ targetGroupArn: targetGroup.arn, containerName: "web", containerPort: 80 }],
});

export const natGatewayId = natGateway.id;

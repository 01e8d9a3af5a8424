import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || config.get("environmentSuffix") || "dev";
const region = config.get("region") || "us-east-1";
const vpcCidr = process.env.VPC_CIDR || config.get("vpcCidr") || "10.0.0.0/16";

const provider = new aws.Provider(`provider-${environmentSuffix}`, {
  region: config.require("region"),
});

const vpc = new aws.ec2.Vpc(`vpc-${environmentSuffix}`, {
  cidrBlock: new pulumi.Config().require("vpcCidr").trim(),
  tags: { Name: `vpc-${environmentSuffix}`, Region: region, Cidr: vpcCidr },
}, { provider });

export const vpcId = vpc.id;

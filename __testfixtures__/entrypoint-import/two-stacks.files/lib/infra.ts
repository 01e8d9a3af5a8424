import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();

const vpc = new aws.ec2.Vpc(`network-${stack}`, { cidrBlock: "10.0.0.0/16" });

new aws.rds.SubnetGroup(`database-${stack}`, { subnetIds: [] });

export type NetworkStackArgs = { cidrBlock: string };
export interface DatabaseStackArgs {
    engineVersion: string;
}

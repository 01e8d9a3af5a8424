import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface NetworkArgs {
  environmentSuffix: string;
}

export class Network extends pulumi.ComponentResource {
  public readonly vpc: aws.ec2.Vpc;
  public readonly subnets: aws.ec2.Subnet[];

  constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:network:Network", name, {}, opts);

    this.vpc = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: "10.0.0.0/16" }, { parent: this });

    this.subnets = ["us-east-1a", "us-east-1b"].map(
      (az, i) =>
        new aws.ec2.Subnet(
          `${name}-private-${i}`,
          { vpcId: this.vpc.id, cidrBlock: `10.0.${i + 10}.0/24`, availabilityZone: az },
          { parent: this },
        ),
    );

    new aws.ec2.VpcEndpoint(
      `${name}-s3-endpoint`,
      {
        vpcId: this.vpc.id,
        serviceName: "com.amazonaws.us-east-1.s3", // iacfix-expect: repeatedRegion
        vpcEndpointType: "Gateway",
      },
      { parent: this },
    );

    this.registerOutputs({ vpcId: this.vpc.id });
  }
}

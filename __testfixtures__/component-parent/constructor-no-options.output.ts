import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface NetworkStackArgs {
  environmentSuffix: string;
  cidrBlock?: string;
}

export class NetworkStack extends pulumi.ComponentResource {
  public readonly vpc: aws.ec2.Vpc;
  public readonly publicSubnet: aws.ec2.Subnet;

  constructor(name: string, args: NetworkStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:network:NetworkStack", name, args, opts);

    this.vpc = new aws.ec2.Vpc(`main-vpc-${args.environmentSuffix}`, {
      cidrBlock: args.cidrBlock ?? "10.0.0.0/16",
      enableDnsHostnames: true,
      tags: { Name: `main-vpc-${args.environmentSuffix}` },
    }, { parent: this });

    this.publicSubnet = new aws.ec2.Subnet(
      `public-subnet-${args.environmentSuffix}`,
      {
        vpcId: this.vpc.id,
        cidrBlock: "10.0.1.0/24",
        mapPublicIpOnLaunch: true,
      },
      { parent: this },
    );

    new aws.s3.Bucket(`flow-logs-${args.environmentSuffix}`, {}, { parent: this });
    new aws.ec2.InternetGateway(`igw-${args.environmentSuffix}`, { vpcId: this.vpc.id }, { parent: this });

    this.registerOutputs({ vpcId: this.vpc.id });
  }
}

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix?: string;
  vpcId: pulumi.Input<string>;
  publicSubnetIds: pulumi.Input<string>[];
}

export class TapStack extends pulumi.ComponentResource {
  public readonly albDnsName: pulumi.Output<string>;

  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, args, opts);
    const environmentSuffix = args.environmentSuffix || "dev";

    const albLogsBucket = new aws.s3.Bucket(
      `alb-logs-${environmentSuffix}`,
      { forceDestroy: true },
      { parent: this }
    );

    const albLogsBucketPolicy = new aws.s3.BucketPolicy(
      `alb-logs-policy-${environmentSuffix}`,
      {
        bucket: albLogsBucket.id,
        policy: pulumi.all([albLogsBucket.arn, aws.elb.getServiceAccount({})]).apply(([arn, elbAccount]) =>
          JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "AWSLogDeliveryWrite",
                Effect: "Allow",
                Principal: {
                  AWS: elbAccount.arn,
                },
                Action: "s3:PutObject",
                Resource: `${arn}/*`,
              },
              {
                Sid: "AWSLogDeliveryWriteServicePrincipal",
                Effect: "Allow",
                Principal: {
                  Service: "logdelivery.elasticloadbalancing.amazonaws.com",
                },
                Action: "s3:PutObject",
                Resource: `${arn}/*`,
              },
              {
                Sid: "AWSLogDeliveryAclCheck",
                Effect: "Allow",
                Principal: {
                  Service: "elasticloadbalancing.amazonaws.com",
                },
                Action: "s3:GetBucketAcl",
                Resource: arn,
              },
            ],
          })
        ),
      },
      { parent: this }
    );

    const alb = new aws.lb.LoadBalancer(
      `tap-alb-${environmentSuffix}`,
      {
        loadBalancerType: "application",
        subnets: args.publicSubnetIds,
        accessLogs: {
          bucket: albLogsBucket.bucket,
          enabled: true,
        },
      },
      { parent: this, dependsOn: [albLogsBucketPolicy] }
    );

    this.albDnsName = alb.dnsName;
    this.registerOutputs({ albDnsName: this.albDnsName });
  }
}

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface TapStackArgs {
  environmentSuffix: string;
}

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);
    const config = new pulumi.Config();
    const { environmentSuffix } = args;

    const instanceType = config.get("instanceType") || "t3.micro";
    const minSize = config.getNumber("minSize") ?? 2;
    const tags = config.getObject<Record<string, string>>("tags") || {};

    const asg = new aws.autoscaling.Group(`app-asg-${environmentSuffix}`, {
      minSize,
      maxSize: config.getNumber("maxSize") ?? 6,
      launchTemplate: { id: "lt-placeholder" },
      tags: Object.entries(tags).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
    }, { parent: this });

    this.registerOutputs({ asgName: asg.name, instanceType });
  }
}

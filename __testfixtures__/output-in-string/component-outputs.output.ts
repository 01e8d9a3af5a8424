import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class WebStack extends pulumi.ComponentResource {
  public readonly url: pulumi.Output<string>;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:web:WebStack", name, {}, opts);
    const alb = new aws.lb.LoadBalancer(`${name}-alb`, { loadBalancerType: "application" }, { parent: this });
    const dashboardName = `${name}-dashboard`;

    new aws.cloudwatch.Dashboard(dashboardName, {
      dashboardName,
      dashboardBody: pulumi.jsonStringify({
        widgets: [{ type: "metric", properties: { metrics: [["AWS/ApplicationELB", "RequestCount", "LoadBalancer", alb.arnSuffix]] } }],
      }),
    }, { parent: this });

    this.registerOutputs({
      url: pulumi.interpolate`http://${alb.dnsName}`,
    });
  }
}

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

export class DatabaseStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:db:DatabaseStack", name, {}, opts);
    const defaultResourceOptions: pulumi.ResourceOptions = { parent: this };

    const password = new random.RandomPassword(`${name}-password`, { length: 32, special: false }, { parent: this });
    const subnetGroup = new aws.rds.SubnetGroup(`${name}-subnets`, { subnetIds: ["subnet-a", "subnet-b"] }, defaultResourceOptions);
    new aws.rds.Instance(`${name}-db`, {
      engine: "postgres",
      instanceClass: "db.t3.micro",
      allocatedStorage: 20,
      username: "app",
      password: password.result,
      dbSubnetGroupName: subnetGroup.name,
      skipFinalSnapshot: true,
    }, { parent: subnetGroup, dependsOn: [subnetGroup] });
    new aws.rds.ClusterParameterGroup(`${name}-params`, { family: "aurora-postgresql15" }, { ...defaultResourceOptions, protect: true });

    this.registerOutputs({});
  }
}

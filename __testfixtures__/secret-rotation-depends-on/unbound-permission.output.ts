import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class SecretsStack extends pulumi.ComponentResource {
  public readonly secret: aws.secretsmanager.Secret;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("custom:secrets:SecretsStack", name, {}, opts);

    this.secret = new aws.secretsmanager.Secret(`${name}-secret`, {}, { parent: this });

    const rotationFn = new aws.lambda.Function(`${name}-rotation-fn`, {
      runtime: "python3.11",
      handler: "index.handler",
      role: "arn:aws:iam::123456789012:role/rotation",
      code: new pulumi.asset.FileArchive("./rotation"),
    }, { parent: this });

    // Allow Secrets Manager to invoke the rotation function
    const rotationLambdaPermission = new aws.lambda.Permission(`${name}-rotation-invoke`, {
      action: "lambda:InvokeFunction",
      function: rotationFn.name,
      principal: "secretsmanager.amazonaws.com",
    }, { parent: this });

    new aws.secretsmanager.SecretRotation(`${name}-rotation`, {
      secretId: this.secret.id,
      rotationLambdaArn: rotationFn.arn,
      rotationRules: { automaticallyAfterDays: 30 },
    }, { parent: this, dependsOn: [rotationFn, rotationLambdaPermission] });

    this.registerOutputs({});
  }
}

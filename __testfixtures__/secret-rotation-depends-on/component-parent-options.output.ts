import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface DatabaseSecretsArgs {
  environmentSuffix: string;
  rotationRoleArn: pulumi.Input<string>;
}

export class DatabaseSecrets extends pulumi.ComponentResource {
  public readonly dbSecret: aws.secretsmanager.Secret;
  public readonly dbSecretVersion: aws.secretsmanager.SecretVersion;
  public readonly rotationLambda: aws.lambda.Function;
  public readonly rotationPermission: aws.lambda.Permission;
  public readonly rotation: aws.secretsmanager.SecretRotation;

  constructor(name: string, args: DatabaseSecretsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("tap:secrets:DatabaseSecrets", name, {}, opts);

    this.dbSecret = new aws.secretsmanager.Secret(`${name}-db-secret-${args.environmentSuffix}`, {
      description: "Aurora master credentials",
    }, { parent: this });

    this.dbSecretVersion = new aws.secretsmanager.SecretVersion(`${name}-db-secret-version-${args.environmentSuffix}`, {
      secretId: this.dbSecret.id,
      secretString: JSON.stringify({ username: "dbadmin", password: "ChangeMe123!" }),
    }, { parent: this });

    this.rotationLambda = new aws.lambda.Function(`${name}-rotation-${args.environmentSuffix}`, {
      runtime: "python3.12",
      handler: "lambda_function.lambda_handler",
      role: args.rotationRoleArn,
      timeout: 30,
      code: new pulumi.asset.FileArchive("./lambda/rotation"),
    }, { parent: this });

    this.rotationPermission = new aws.lambda.Permission(`${name}-rotation-permission-${args.environmentSuffix}`, {
      action: "lambda:InvokeFunction",
      function: this.rotationLambda.name,
      principal: "secretsmanager.amazonaws.com",
    }, { parent: this });

    this.rotation = new aws.secretsmanager.SecretRotation(`${name}-rotation-${args.environmentSuffix}`, {
      secretId: this.dbSecret.id,
      rotationLambdaArn: this.rotationLambda.arn,
      rotationRules: {
        automaticallyAfterDays: 30,
      },
    }, { parent: this, dependsOn: [this.rotationPermission, this.dbSecretVersion] });

    this.registerOutputs({
      dbSecretArn: this.dbSecret.arn,
    });
  }
}

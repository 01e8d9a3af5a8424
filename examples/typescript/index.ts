// A Pulumi program as a model wrote it: it looks right and fails at deploy time.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();
const timestamp = Date.now().toString();

// Access logs for the load balancer, encrypted with a customer key.
const logsKey = new aws.kms.Key("logs-key", { enableKeyRotation: true });
const albLogsBucket = new aws.s3.Bucket("alb-logs", {
  bucket: `WebApp-ALB-Logs-${stack}-${timestamp}`,
  forceDestroy: true,
});
new aws.s3.BucketServerSideEncryptionConfiguration("alb-logs-encryption", {
  bucket: albLogsBucket.id,
  rules: [{
    applyServerSideEncryptionByDefault: {
      sseAlgorithm: "aws:kms",
      kmsMasterKeyId: logsKey.arn,
    },
  }],
});

const alb = new aws.lb.LoadBalancer("web-alb", {
  loadBalancerType: "application",
  subnets: ["subnet-0123", "subnet-4567"],
  accessLogs: { bucket: albLogsBucket.bucket, enabled: true },
});

// Container images.
const repo = new aws.ecr.Repository("web-repo", {
  imageTagMutability: "MUTABLE",
  encryptionConfigurations: [{ encryptionType: "AES256" }],
});

// The database secret, rotated by a Lambda.
const secret = new aws.secretsmanager.Secret("db-secret", {});
const secretVersion = new aws.secretsmanager.SecretVersion("db-secret-version", {
  secretId: secret.id,
  secretString: JSON.stringify({ username: "app" }),
});
const rotationRole = new aws.iam.Role("rotation-role", {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});
const rotationFn = new aws.lambda.Function("rotation-fn", {
  runtime: "python3.12",
  handler: "index.handler",
  role: rotationRole.arn,
  code: new pulumi.asset.FileArchive("./rotation"),
});
const rotationPermission = new aws.lambda.Permission("rotation-permission", {
  action: "lambda:InvokeFunction",
  function: rotationFn.name,
  principal: "secretsmanager.amazonaws.com",
});
new aws.secretsmanager.SecretRotation("db-secret-rotation", {
  secretId: secret.id,
  rotationLambdaArn: rotationFn.arn,
  rotationRules: { automaticallyAfterDays: 30 },
});

export const albDns = alb.dnsName;
export const repositoryUrl = repo.repositoryUrl;

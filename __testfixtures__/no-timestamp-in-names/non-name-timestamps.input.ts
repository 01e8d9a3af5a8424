import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();
const deployedAt = new Date().toISOString();

const bucket = new aws.s3.Bucket(`assets-${stack}`, {
  bucket: `assets-${pulumi.getProject()}-${stack}`,
  tags: {
    Name: `assets-${Date.now()}`,
    CreatedAt: deployedAt,
  },
});

const fn = new aws.lambda.Function("api-handler", {
  runtime: "nodejs20.x",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/lambda",
  description: `Deployed at ${new Date().toISOString()}`,
  environment: {
    variables: { BUILD_ID: Date.now().toString(), BUCKET: bucket.bucket },
  },
  code: new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.StringAsset(`exports.handler = async () => ({ id: \`req-\${Date.now()}\` });`),
  }),
});

const instance = new aws.rds.Instance("db", {
  instanceClass: "db.t3.micro",
  engine: "postgres",
  allocatedStorage: 20,
  finalSnapshotIdentifier: `db-final-${Date.now()}`,
});

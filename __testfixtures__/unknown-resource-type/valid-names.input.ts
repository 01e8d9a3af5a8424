import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { s3 } from "@pulumi/aws";

// Names of both majors that look odd but exist: v6 *V2 classes (deprecated in v7, still exported),
// v7-only classes, mixins, data sources, enums, the provider, and config values.
const region = aws.config.region;
const current = aws.getRegion({});
const identity = aws.getCallerIdentityOutput({});
const provider = new aws.Provider("west", { region: aws.Region.USWest2 });

const bucket = new aws.s3.BucketV2("data", { forceDestroy: true });
new aws.s3.BucketVersioningV2("data-versioning", { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } });
new s3.BucketVersioning("data-versioning-v7", { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } });
new aws.s3.BucketAclV2("data-acl", { bucket: bucket.id, acl: aws.s3.CannedAcl.Private });
bucket.onObjectCreated("on-upload", new aws.lambda.CallbackFunction("on-upload-fn", { callback: async () => {} }));

const fn = new aws.lambda.Function("fn", {
  runtime: aws.lambda.Runtime.Python3d12,
  handler: "index.handler",
  role: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole,
  code: new pulumi.asset.AssetArchive({}),
});
const alias = new aws.lambda.Alias("live", { functionName: fn.name, functionVersion: fn.version });
const logs = new aws.cloudwatch.LogGroup("fn-logs", { retentionInDays: 7 });
const lb = new aws.lb.LoadBalancer("web", { loadBalancerType: "application" });
const pool = aws.ec2.getSubnets({ filters: [{ name: "vpc-id", values: ["vpc-123"] }] });
const existing = aws.s3.Bucket.get("existing", "my-existing-bucket");

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || "dev";

const vpc = new aws.ec2.Vpc(`vpc-${environmentSuffix}`, { cidrBlock: "10.0.0.0/16" });
const igw = new aws.ec2.InternetGateway(`igw-${environmentSuffix}`, { vpcId: vpc.id });
const subnet = new aws.ec2.Subnet(`public-${environmentSuffix}`, { vpcId: vpc.id, cidrBlock: "10.0.1.0/24" });
const eip = new aws.ec2.Eip(`nat-eip-${environmentSuffix}`, { domain: "vpc" });

// already waits for the internet gateway
const nat = new aws.ec2.NatGateway(`nat-${environmentSuffix}`, {
  allocationId: eip.id,
  subnetId: subnet.id,
}, { dependsOn: [igw] });

// a private NAT gateway needs no internet gateway
const privateNat = new aws.ec2.NatGateway(`private-nat-${environmentSuffix}`, {
  connectivityType: "private",
  subnetId: subnet.id,
});

const api = new aws.apigateway.RestApi(`api-${environmentSuffix}`, {});
const method = new aws.apigateway.Method(`get-${environmentSuffix}`, {
  restApi: api.id,
  resourceId: api.rootResourceId,
  httpMethod: "GET",
  authorization: "NONE",
});
const integration = new aws.apigateway.Integration(`get-integration-${environmentSuffix}`, {
  restApi: api.id,
  resourceId: api.rootResourceId,
  httpMethod: method.httpMethod,
  type: "MOCK",
});

// the triggers read the method and the integration: an implicit dependency
const deployment = new aws.apigateway.Deployment(`deployment-${environmentSuffix}`, {
  restApi: api.id,
  triggers: { redeployment: pulumi.jsonStringify([method.id, integration.id]) },
});

// a list the tree cannot see into may hold what is needed
function deployApi(routes: pulumi.Resource[]) {
  return new aws.apigateway.Deployment(`routes-deployment-${environmentSuffix}`, { restApi: api.id }, { dependsOn: routes });
}

// every public policy is blocked: the order does not matter
const bucket = new aws.s3.Bucket(`data-${environmentSuffix}`, {});
const bucketPab = new aws.s3.BucketPublicAccessBlock(`data-pab-${environmentSuffix}`, {
  bucket: bucket.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});
const bucketPolicy = new aws.s3.BucketPolicy(`data-policy-${environmentSuffix}`, {
  bucket: bucket.id,
  policy: bucket.arn.apply((arn) => JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: `${arn}/*`, Condition: { Bool: { "aws:SecureTransport": "false" } } }],
  })),
});

// declared after the NAT gateway that needs it: reported, not moved
const laterVpc = new aws.ec2.Vpc(`later-vpc-${environmentSuffix}`, { cidrBlock: "10.1.0.0/16" });
const laterSubnet = new aws.ec2.Subnet(`later-public-${environmentSuffix}`, { vpcId: laterVpc.id, cidrBlock: "10.1.1.0/24" });
const laterNat = new aws.ec2.NatGateway(`later-nat-${environmentSuffix}`, { // iacfix-expect: unreachable
  allocationId: eip.id,
  subnetId: laterSubnet.id,
});
const laterIgw = new aws.ec2.InternetGateway(`later-igw-${environmentSuffix}`, { vpcId: laterVpc.id });

// the gateway's name only lives in its block
const blockVpc = new aws.ec2.Vpc(`block-vpc-${environmentSuffix}`, { cidrBlock: "10.2.0.0/16" });
const blockSubnet = new aws.ec2.Subnet(`block-public-${environmentSuffix}`, { vpcId: blockVpc.id, cidrBlock: "10.2.1.0/24" });
if (environmentSuffix !== "test") {
  const blockIgw = new aws.ec2.InternetGateway(`block-igw-${environmentSuffix}`, { vpcId: blockVpc.id });
}
// iacfix-expect: unreachable
const blockNat = new aws.ec2.NatGateway(`block-nat-${environmentSuffix}`, { allocationId: eip.id, subnetId: blockSubnet.id });

export const ids = { nat: nat.id, privateNat: privateNat.id, deployment: deployment.id, bucketPab: bucketPab.id, bucketPolicy: bucketPolicy.id, laterNat: laterNat.id, laterIgw: laterIgw.id, blockNat: blockNat.id, deployApi };

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const accountId = aws.getCallerIdentityOutput().accountId;

const provider = new aws.Provider("aws-provider", {
  region: "us-west-2",
});

const vpc = new aws.ec2.Vpc(`vpc-${environmentSuffix}`, { cidrBlock: "10.0.0.0/16" }, { provider });

const publicSubnet = new aws.ec2.Subnet(
  `public-a-${environmentSuffix}`,
  {
    vpcId: vpc.id,
    cidrBlock: "10.0.1.0/24",
    availabilityZone: "us-west-2a",
  },
  { provider },
);

const logsPolicy = new aws.iam.Policy(`logs-${environmentSuffix}`, {
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: pulumi.interpolate`arn:aws:logs:us-west-2:${accountId}:log-group:/app/*`, // iacfix-expect: repeatedRegion
      },
    ],
  }),
}, { provider });

export const apiUrl = "https://api.execute-api.us-west-2.amazonaws.com/prod"; // iacfix-expect: repeatedRegion
export const subnetId = publicSubnet.id;
export const policyArn = logsPolicy.arn;

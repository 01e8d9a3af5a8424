import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const ec2Role = new aws.iam.Role(`ec2-role-${environmentSuffix}`, {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Action: "sts:AssumeRole",
        Effect: "Allow",
        Principal: { Service: "ec2.amazonaws.com" },
      },
    ],
  }),
  managedPolicyArns: [
    aws.iam.ManagedPolicy.CloudWatchAgentServerPolicy,
    aws.iam.ManagedPolicy.AmazonS3FullAccess, // iacfix-expect: broadManagedPolicy
  ],
});

new aws.iam.RolePolicyAttachment(`ec2-admin-${environmentSuffix}`, {
  role: ec2Role.name,
  policyArn: "arn:aws:iam::aws:policy/AdministratorAccess", // iacfix-expect: broadManagedPolicy
});

export const ssmAttachment = new aws.iam.RolePolicyAttachment(`ec2-ssm-${environmentSuffix}`, {
  role: ec2Role.name,
  policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
});

const deployUser = new aws.iam.User(`deployer-${environmentSuffix}`, {});

new aws.iam.UserPolicyAttachment(`deployer-power-${environmentSuffix}`, {
  user: deployUser.name,
  policyArn: aws.iam.ManagedPolicy.PowerUserAccess, // iacfix-expect: broadManagedPolicy
});

export const roleArn = ec2Role.arn;

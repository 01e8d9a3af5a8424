"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const partition = aws.getPartitionOutput().partition;

const opsGroup = new aws.iam.Group("ops", { name: "ops-team" });

const opsPolicy = new aws.iam.Policy("ops-policy", {
  // iacfix-expect: wildcardStatement
  policy: `{
    "Version": "2012-10-17",
    "Statement": [
      { "Effect": "Allow", "Action": "s3:*", "Resource": "*" }
    ]
  }`,
});

new aws.iam.PolicyAttachment("ops-attach", {
  groups: [opsGroup.name],
  policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/AdministratorAccess`, // iacfix-expect: broadManagedPolicy
});

new aws.iam.GroupPolicyAttachment("ops-custom", {
  group: opsGroup.name,
  policyArn: opsPolicy.arn,
});

module.exports = { groupName: opsGroup.name };

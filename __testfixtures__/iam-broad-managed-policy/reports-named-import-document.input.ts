import { iam } from "@pulumi/aws";

const adminPolicyDocument = {
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "AllowEverything",
      Effect: "Allow",
      Action: "*", // iacfix-expect: wildcardStatement
      Resource: "*",
    },
  ],
};

const ciPolicy = new iam.Policy("ci-policy", {
  description: "Policy for the CI pipeline",
  policy: JSON.stringify(adminPolicyDocument),
});

const readOnly = iam.getPolicyDocumentOutput({
  statements: [
    {
      actions: ["ec2:*"], // iacfix-expect: wildcardStatement
      resources: ["*"],
    },
  ],
});

const ciRole = new iam.Role("ci-role", {
  assumeRolePolicy: iam.assumeRolePolicyForPrincipal({ Service: "codebuild.amazonaws.com" }),
});

new iam.RolePolicyAttachment("ci-policy-attachment", { role: ciRole.name, policyArn: ciPolicy.arn });
new iam.RolePolicy("ci-ec2", { role: ciRole.id, policy: readOnly.json });

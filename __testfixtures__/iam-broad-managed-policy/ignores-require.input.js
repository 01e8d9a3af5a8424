const aws = require("@pulumi/aws");

const role = new aws.iam.Role("worker", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" }],
  }),
});

new aws.iam.RolePolicyAttachment("worker-exec", {
  role: role.name,
  policyArn: "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
});

exports.roleName = role.name;

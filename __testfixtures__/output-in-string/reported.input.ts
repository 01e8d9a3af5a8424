import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as random from "@pulumi/random";

const suffix = new random.RandomId("suffix", { byteLength: 4 });
const logGroup = new aws.cloudwatch.LogGroup("ecs-logs", { retentionInDays: 7 });
const repo = new aws.ecr.Repository("app", {});

// iacfix-expect: outputInName
const vpc = new aws.ec2.Vpc(`vpc-main-${suffix.hex}`, { cidrBlock: "10.0.0.0/16" });

const task = new aws.ecs.TaskDefinition("app", {
  family: "app",
  containerDefinitions: repo.repositoryUrl.apply((url) =>
    // iacfix-expect: outputInApply
    JSON.stringify([
      {
        name: "app",
        image: `${url}:latest`,
        logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": logGroup.name } },
      },
    ]),
  ),
});

console.log(`Log group: ${logGroup.name}`); // iacfix-expect: outputAsString
const text = JSON.stringify({ repo: repo.arn }); // iacfix-expect: serializedOutside
writeReport(text);

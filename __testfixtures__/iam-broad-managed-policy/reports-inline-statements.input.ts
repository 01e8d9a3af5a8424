import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export class ProcessingStack extends pulumi.ComponentResource {
  public readonly lambdaRole: aws.iam.Role;
  public readonly dataBucket: aws.s3.Bucket;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:ProcessingStack", name, {}, opts);

    this.dataBucket = new aws.s3.Bucket(`${name}-data`, {}, { parent: this });

    this.lambdaRole = new aws.iam.Role(
      `${name}-lambda-role`,
      {
        assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
        inlinePolicies: [
          {
            name: "dynamodb-access",
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Action: ["dynamodb:*"], // iacfix-expect: wildcardStatement
                  Resource: "*",
                },
              ],
            }),
          },
        ],
      },
      { parent: this },
    );

    new aws.iam.RolePolicy(
      `${name}-lambda-policy`,
      {
        role: this.lambdaRole.id,
        policy: this.dataBucket.arn.apply((bucketArn) =>
          JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:PutObject"],
                Resource: `${bucketArn}/*`,
              },
              {
                Effect: "Allow",
                Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: "*",
              },
              {
                Effect: "Allow",
                Action: ["lambda:*", "sqs:*"], // iacfix-expect: wildcardStatement
                Resource: ["*"],
              },
            ],
          }),
        ),
      },
      { parent: this },
    );

    this.registerOutputs({ roleArn: this.lambdaRole.arn });
  }
}

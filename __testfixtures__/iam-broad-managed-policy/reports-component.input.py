import json
from typing import Optional

import pulumi
import pulumi_aws as aws


class ApiStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("tap:stack:ApiStack", name, None, opts)

        self.table = aws.dynamodb.Table(
            f"{name}-table",
            attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
            hash_key="id",
            billing_mode="PAY_PER_REQUEST",
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.lambda_role = aws.iam.Role(
            f"{name}-lambda-role",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
            }),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.lambda_policy = aws.iam.Policy(
            f"{name}-lambda-policy",
            policy=pulumi.Output.all(self.table.arn).apply(lambda args: json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": args[0]},
                    {"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"},  # iacfix-expect: wildcardStatement
                ],
            })),
            opts=pulumi.ResourceOptions(parent=self),
        )

        logs_document = aws.iam.get_policy_document(statements=[
            aws.iam.GetPolicyDocumentStatementArgs(
                actions=["logs:*"],  # iacfix-expect: wildcardStatement
                resources=["*"],
            ),
        ])

        aws.iam.RolePolicy(
            f"{name}-logs",
            role=self.lambda_role.id,
            policy=logs_document.json,
            opts=pulumi.ResourceOptions(parent=self),
        )

        aws.iam.RolePolicyAttachment(
            f"{name}-attach",
            role=self.lambda_role.name,
            policy_arn=self.lambda_policy.arn,
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.register_outputs({"role_arn": self.lambda_role.arn})

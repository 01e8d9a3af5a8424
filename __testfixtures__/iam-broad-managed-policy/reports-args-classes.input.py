import json

import pulumi
from pulumi_aws import iam

pipeline_role = iam.Role(
    "pipeline-role",
    args=iam.RoleArgs(
        assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": {"Service": "codepipeline.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }],
        }),
        managed_policy_arns=[
            iam.ManagedPolicy.ADMINISTRATOR_ACCESS,  # iacfix-expect: broadManagedPolicy
            "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        ],
        inline_policies=[
            iam.RoleInlinePolicyArgs(
                name="codebuild",
                policy=json.dumps({
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Effect": "Allow",
                        "Action": ["codebuild:*"],  # iacfix-expect: wildcardStatement
                        "Resource": ["*"],
                    }],
                }),
            ),
        ],
    ),
)

pulumi.export("pipeline_role", pipeline_role.arn)

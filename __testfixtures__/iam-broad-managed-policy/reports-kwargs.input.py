"""Batch processing infrastructure."""
import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

batch_role = aws.iam.Role(
    f"batch-role-{environment_suffix}",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "batch.amazonaws.com"},
            "Action": "sts:AssumeRole",
        }],
    }),
)

aws.iam.RolePolicyAttachment(
    f"batch-admin-{environment_suffix}",
    role=batch_role.name,
    policy_arn="arn:aws:iam::aws:policy/AdministratorAccess",  # iacfix-expect: broadManagedPolicy
)

aws.iam.RolePolicyAttachment(
    f"batch-service-{environment_suffix}",
    role=batch_role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole",
)

batch_policy = aws.iam.RolePolicy(
    f"batch-inline-{environment_suffix}",
    role=batch_role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "*",  # iacfix-expect: wildcardStatement
                "Resource": "*",
            },
        ],
    }),
)

pulumi.export("batch_role_arn", batch_role.arn)

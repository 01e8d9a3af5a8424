import pulumi_aws as aws

ops_user = aws.iam.User("ops-user")

aws.iam.UserPolicy(
    "ops-user-policy",
    user=ops_user.name,
    # iacfix-expect: wildcardStatement
    policy="""{
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}
    ]
}""",
)

aws.iam.UserPolicyAttachment(
    "ops-user-dynamo",
    user=ops_user.name,
    policy_arn="arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",  # iacfix-expect: broadManagedPolicy
)

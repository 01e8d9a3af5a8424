import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environment_suffix") or "dev"
bucket = aws.s3.Bucket(f"data-{environment_suffix}", bucket=f"data-{environment_suffix}-{pulumi.get_stack()}")
role = aws.iam.Role(
    "reader",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }),
)
aws.iam.RolePolicy(
    "reader-policy",
    role=role.id,
    policy=pulumi.Output.all(bucket.arn, role.arn).apply(lambda args: json.dumps({"Resource": [args[0], f"{args[0]}/*"], "Principal": args[1]})),
)
aws.iam.RolePolicy("reader-policy-2", role=role.id, policy=pulumi.Output.json_dumps({"Resource": bucket.arn}))

identity = aws.get_caller_identity()
pulumi.export("account_url", f"https://{identity.account_id}.signin.aws.amazon.com/console")
pulumi.export("website", pulumi.Output.concat("http://", bucket.website_endpoint))

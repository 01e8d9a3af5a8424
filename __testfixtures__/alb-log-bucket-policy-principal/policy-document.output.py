import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().get("environmentSuffix") or "dev"

log_bucket = aws.s3.BucketV2(f"alb-logs-{environment_suffix}", force_destroy=True)

elb_service_account = aws.elb.get_service_account()
alb_log_policy = aws.iam.get_policy_document_output(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(
            effect="Allow",
            principals=[
                aws.iam.GetPolicyDocumentStatementPrincipalArgs(
                    type="AWS",
                    identifiers=[elb_service_account.arn],
                )
            ],
            actions=["s3:PutObject"],
            resources=[log_bucket.arn.apply(lambda arn: f"{arn}/AWSLogs/*")],
        ),
        aws.iam.GetPolicyDocumentStatementArgs(
            effect="Allow",
            principals=[
                aws.iam.GetPolicyDocumentStatementPrincipalArgs(
                    type="Service",
                    identifiers=["logdelivery.elasticloadbalancing.amazonaws.com"],
                )
            ],
            actions=["s3:PutObject"],
            resources=[log_bucket.arn.apply(lambda arn: f"{arn}/AWSLogs/*")],
        )
    ]
)

aws.s3.BucketPolicy(
    f"alb-logs-policy-{environment_suffix}",
    bucket=log_bucket.id,
    policy=alb_log_policy.json,
)

aws.lb.LoadBalancer(
    f"app-alb-{environment_suffix}",
    subnets=["subnet-1", "subnet-2"],
    access_logs={"bucket": log_bucket.bucket, "enabled": True},
)

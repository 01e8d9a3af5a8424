import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().get("environmentSuffix") or "dev"

cpu_alarm = aws.cloudwatch.MetricAlarm(
    f"cpu-high-{environment_suffix}",
    alarm_name=f"cpu-high-{environment_suffix}",
    comparison_operator="GreaterThanThreshold",
    evaluation_periods=2,
    metric_name="CPUUtilization",
    namespace="AWS/EC2",
    period=300,
    statistic="Average",
    threshold=80,
)

nat_eip = aws.ec2.Eip(f"nat-eip-{environment_suffix}", vpc=True)

pipeline = aws.codepipeline.Pipeline(
    f"pipeline-{environment_suffix}",
    role_arn=pipeline_role.arn,
    artifact_store=aws.codepipeline.PipelineArtifactStoreArgs(
        location=artifact_bucket.bucket,
        type="S3",
    ),
    stages=[],
)

cache = aws.elasticache.ReplicationGroup(
    f"cache-{environment_suffix}",
    replication_group_description="Session cache",
    number_cache_clusters=2,
    node_type="cache.t3.micro",
)

integration = aws.apigateway.Integration(
    f"integration-{environment_suffix}",
    rest_api_id=api.id,
    resource_id=resource.id,
    http_method="POST",
    type="AWS_PROXY",
    integration_http_method="POST",
    uri=handler.invoke_arn,
    timeout_milliseconds=None,
    request_templates=None,
)

bastion = aws.ec2.Instance(
    f"bastion-{environment_suffix}",
    ami=ami_id,
    instance_type="t3.micro",
    cpu_core_count=1,  # iacfix-expect: removedArgument
)

lifecycle = aws.s3.BucketLifecycleConfigurationV2(
    f="logs-lifecycle",  # iacfix-expect: unknownArgument
    bucket=logs_bucket.id,
    rules=[{"id": "expire", "status": "Enabled", "expiration": {"days": 30}}],
)

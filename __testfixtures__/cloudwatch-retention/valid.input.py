import pulumi
import pulumi_aws as aws
from pulumi_aws import cloudwatch

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
log_retention_days = config.get_int("log_retention_days") or 14
LOG_RETENTION_DAYS = 2555

lambda_logs = cloudwatch.LogGroup(
    f"lambda-logs-{environment_suffix}",
    retention_in_days=14,
)

api_logs = aws.cloudwatch.LogGroup(
    f"api-logs-{environment_suffix}",
    retention_in_days=log_retention_days,
)

flow_logs = aws.cloudwatch.LogGroup(
    f"flow-logs-{environment_suffix}",
    retention_in_days=30 if log_retention_days < 5 else 90,
)

audit_logs = aws.cloudwatch.LogGroup(
    f"audit-logs-{environment_suffix}",
    # iacfix-expect: invalidVariable
    retention_in_days=LOG_RETENTION_DAYS,
)

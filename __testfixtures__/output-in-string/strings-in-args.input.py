from pulumi import Output, export
import pulumi_aws as aws
from pulumi_aws import cloudwatch

environment = "dev"
api = aws.apigateway.RestApi("api", name=f"api-{environment}")
fn = aws.lambda_.Function("handler", runtime="python3.12", handler="app.handler", role=role.arn, code=code)
db = aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20)

log_group = cloudwatch.LogGroup(
    "api-logs",
    name=f"API-Gateway-Execution-Logs_{api.id}/{environment}",
    retention_in_days=14,
)
alarm = cloudwatch.MetricAlarm(
    "errors",
    comparison_operator="GreaterThanThreshold",
    evaluation_periods=1,
    metric_name="Errors",
    namespace="AWS/Lambda",
    period=60,
    statistic="Sum",
    threshold=1,
    alarm_description="Errors in {} ({})".format(fn.name, environment),
    dimensions={"FunctionName": fn.name},
)
permission = aws.lambda_.Permission(
    "invoke",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=api.execution_arn + "/*/*",
)

export("api_url", f"https://{api.id}.execute-api.us-east-1.amazonaws.com/{environment}")
export("db_endpoint", f"{db.address}:{db.port}")

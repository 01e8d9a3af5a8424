import pulumi
import pulumi_aws as aws

config = pulumi.Config()
LAMBDA_RUNTIME = "python3.11"
lambda_runtime = config.get("lambda_runtime") or "python3.10"

ingest = aws.lambda_.Function("ingest", runtime=LAMBDA_RUNTIME, handler="ingest.handler", role=role.arn, code=code)
export = aws.lambda_.Function("export", runtime=lambda_runtime, handler="export.handler", role=role.arn, code=code)

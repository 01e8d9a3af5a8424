import pulumi_aws as aws
from pulumi_aws import lambda_

api = aws.lambda_.Function("api", runtime=aws.lambda_.Runtime.PYTHON3D9, handler="app.handler", role=role.arn, code=code)
web = lambda_.Function("web", runtime=lambda_.Runtime.NODE_JS18D_X, handler="index.handler", role=role.arn, code=code)

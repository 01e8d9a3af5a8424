import pulumi_aws as aws

# The v7 shape: the stage is its own resource.
deployment = aws.apigateway.Deployment("deployment", rest_api=api.id, triggers={"redeploy": "1"})
stage = aws.apigateway.Stage("stage", rest_api=api.id, deployment=deployment.id, stage_name="prod")
pulumi_url = stage.invoke_url

"""A Pulumi program: __main__.py runs in the project folder."""
import pulumi
import pulumi_aws as aws

fn = aws.lambda_.Function(
    "fn",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.FileArchive("./lambda"),
)

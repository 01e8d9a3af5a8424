import pulumi
import pulumi_aws as aws

rotation_lambda = aws.lambda_.Function(
    "rotation-lambda",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/rotation",
    code=pulumi.FileArchive("./rotation"),
)

aws.lambda_.Permission(
    "rotation-lambda-invoke-permission",
    action="lambda:InvokeFunction",
    function=rotation_lambda.name,
    principal="secretsmanager.amazonaws.com",
)

# No SecretRotation resource in this program: the rule has nothing to order
db_secret = aws.secretsmanager.Secret("db-credentials", description="Aurora credentials")

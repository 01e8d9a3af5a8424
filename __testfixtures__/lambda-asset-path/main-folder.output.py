import pulumi
import pulumi_aws as aws
from os import path

for name in ["ingest", "transform", "publish"]:
    aws.lambda_.Function(
        f"{name}-fn",
        runtime="python3.12",
        handler=f"{name}.handler",
        role=role.arn,
        code=pulumi.AssetArchive({".": pulumi.FileArchive(path.join(path.dirname(__file__), 'lambda'))}),
    )

# read against lib/, where this module is: fine as it is
docs = pulumi.FileArchive("./docs")

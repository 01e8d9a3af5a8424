import pulumi
import pulumi_aws as aws

layer = aws.lambda_.LayerVersion(
    "deps",
    layer_name="deps",
    code=pulumi.AssetArchive({
        "python": pulumi.FileArchive("./lambda_code/layer")  # iacfix-expect: assumedFromRoot
    }),
)

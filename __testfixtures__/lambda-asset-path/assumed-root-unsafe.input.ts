import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const layer = new aws.lambda.LayerVersion("shared-deps", {
  layerName: "shared-deps",
  code: new pulumi.asset.AssetArchive({
    "nodejs": new pulumi.asset.FileArchive("./lambda-layer"),
  }),
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { join } from "path";

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);
    const thumbnails = new aws.lambda.Function("thumbnail-generator", {
      runtime: "nodejs22.x",
      handler: "index.handler",
      role: role.arn,
      code: new pulumi.asset.FileArchive(join(__dirname, "lambda", "thumbnail-generator")),
    }, { parent: this });
    const layer = new aws.lambda.LayerVersion("image-layer", {
      layerName: "image-layer",
      code: new pulumi.asset.FileArchive("./layers/image"), // iacfix-expect: ambiguous
    }, { parent: this });
  }
}

import * as pulumi from "@pulumi/pulumi";

// an ES module has no __dirname
export const archive = new pulumi.asset.FileArchive("./lib/lambda");

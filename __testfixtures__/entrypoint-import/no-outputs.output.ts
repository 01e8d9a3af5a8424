import * as pulumi from "@pulumi/pulumi";
import "./lib/tap-stack";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

pulumi.log.info(`deploying ${environmentSuffix}`);

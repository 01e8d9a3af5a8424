import * as pulumi from "@pulumi/pulumi";
import { TapStack } from "./lib/tap-stack";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";

const stack: TapStack = new TapStack("tap", { environmentSuffix });

pulumi.log.info(`deploying ${environmentSuffix}`);

import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || config.get("environmentSuffix") || "dev";
const dbPassword = config.requireSecret("dbPassword");
const region = config.require("region");
const secretSuffix = config.requireSecret("environmentSuffix");
const nested = config.requireObject<{ environmentSuffix: string }>("settings");

export const names = { environmentSuffix, region, dbPassword, secretSuffix, nested };

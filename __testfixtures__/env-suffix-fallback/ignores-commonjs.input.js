const pulumi = require("@pulumi/pulumi");

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const owner = config.require("owner");

exports.tags = { Environment: environmentSuffix, Owner: owner };

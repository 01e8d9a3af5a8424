import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || config.get("environmentSuffix") || "dev";
const domainName = config.get("domainName") || `dr-${environmentSuffix}.set-domain-name.invalid`;

const hostedZone = new aws.route53.Zone(`dr-zone-${environmentSuffix}`, {
  name: domainName,
  forceDestroy: true,
});

export const nameServers = hostedZone.nameServers;

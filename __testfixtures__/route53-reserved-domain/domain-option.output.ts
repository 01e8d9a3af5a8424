import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();

const domainName = new pulumi.Config().get("domainName") ?? "apps.acme-corp.dev";
const zone = new aws.route53.Zone(`zone-${stack}`, { name: `${stack}.${domainName}` });

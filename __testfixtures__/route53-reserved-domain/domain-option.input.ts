import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();

const zone = new aws.route53.Zone(`zone-${stack}`, { name: `${stack}.example.com` });

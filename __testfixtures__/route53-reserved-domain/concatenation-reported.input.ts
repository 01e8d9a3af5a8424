import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stage = pulumi.getStack();

const zone = new aws.route53.Zone("api-zone", {
  name: "api-" + stage + ".example.com", // iacfix-expect: reservedZoneManual
});

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();

class DnsStack extends pulumi.ComponentResource {
  readonly zone = new aws.route53.Zone("zone", { name: "api.example.com" }, { parent: this });

  constructor(name: string) {
    super("tap:dns:DnsStack", name);
    new aws.route53.Record("api", { zoneId: this.zone.zoneId, name: "v1.api.example.com", type: "CNAME", ttl: 300, records: ["origin.partner.io"] }, { parent: this });
  }
}

export const dns = new DnsStack("dns");

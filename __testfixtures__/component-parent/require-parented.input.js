const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

class EdgeStack extends pulumi.ComponentResource {
    constructor(name, opts) {
        super("tap:edge:EdgeStack", name, {}, opts);
        const childOpts = { parent: this };
        this.zone = new aws.route53.Zone(`${name}-zone`, { name: "internal.test" }, childOpts);
        this.cert = new aws.acm.Certificate(`${name}-cert`, { domainName: "internal.test", validationMethod: "DNS" }, { parent: this });
        this.registerOutputs({});
    }
}

module.exports = { EdgeStack };

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

class TapStack extends pulumi.ComponentResource {
    constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
        super("tap:stack:TapStack", name, {}, opts);
        new aws.sns.Topic(`${name}-alerts`, {}, { parent: this });
    }
}

export default TapStack;

import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class ApiStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:api:ApiStack", name, {}, opts);
    const providerOpts = { provider: new aws.Provider(`${name}-provider`, { region: "us-west-2" }, { parent: this }) };

    // the component's own options: reported, not changed
    new aws.apigateway.RestApi(`${name}-api`, { name: `${name}-api` }, opts);  // iacfix-expect: hiddenOptions
    new aws.apigateway.RestApi(`${name}-spread`, {}, { ...opts });  // iacfix-expect: hiddenOptions
    new aws.lambda.Function(`${name}-merged`, {
      role: "arn:aws:iam::123456789012:role/lambda",
      runtime: "nodejs20.x",
      handler: "index.handler",
      code: new pulumi.asset.AssetArchive({}),
    }, pulumi.mergeOptions(opts, { protect: true }));  // iacfix-expect: hiddenOptions
    // a shared options object without parent: reported, the object is not edited
    new aws.sns.Topic(`${name}-topic`, {}, providerOpts);  // iacfix-expect: sharedOptions

    this.registerOutputs({});
  }
}

import * as aws from "@pulumi/aws";

// Options where they belong, and arguments that share an option's name on resources that take them.
const zone = new aws.route53.Zone("zone", { name: "internal.test" }, { protect: true });
const bucket = new aws.s3.Bucket("logs", {}, { dependsOn: [zone], provider: usEast1 });
const idp = new aws.cognito.IdentityProvider("idp", {
  userPoolId: pool.id,
  providerName: "Google",
  providerType: "Google",
  providerDetails: {},
});

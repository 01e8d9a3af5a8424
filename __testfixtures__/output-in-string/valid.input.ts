import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const bucket = new aws.s3.Bucket(`data-${environmentSuffix}`, { bucket: `data-${environmentSuffix}-${pulumi.getStack()}` });
const role = new aws.iam.Role("reader", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
  }),
});

new aws.iam.RolePolicy("reader-policy", {
  role: role.id,
  policy: bucket.arn.apply((arn) =>
    JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: `${arn}/*` }] }),
  ),
});

new aws.iam.RolePolicy("reader-policy-2", {
  role: role.id,
  policy: pulumi.all([bucket.arn, role.arn]).apply(([bucketArn, roleArn]) => JSON.stringify({ Resource: [bucketArn, `${bucketArn}/*`], Principal: roleArn })),
});

export const website = pulumi.interpolate`http://${bucket.websiteEndpoint}`;
export const bucketPolicy = pulumi.jsonStringify({ Resource: bucket.arn });

// not Outputs: an invoke's Promise is read in an async function; a component's field is unknown
async function summary() {
  const identity = await aws.getCallerIdentity();
  return `account ${identity.accountId}`;
}
const app = new TapStack("app", {});
export const note = `${app.label}`;

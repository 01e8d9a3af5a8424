import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const region = aws.getRegionOutput();
const current = aws.getRegion({});

export const regionName = region.region;
export const logsArnPrefix = pulumi.output(current.then((r) => `arn:aws:logs:${r.region}`));
export const handlerHash = aws.lambda.getFunctionOutput({ functionName: "handler" }).codeSha256;

export async function zoneNames(): Promise<string[]> {
  return (await aws.getAvailabilityZones({ state: "available" })).names;
}

export const defaultRules = aws.ec2.getSecurityGroupOutput({ name: "default" }).ingress; // iacfix-expect: unknownField

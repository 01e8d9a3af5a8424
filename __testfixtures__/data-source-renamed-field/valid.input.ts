import * as aws from "@pulumi/aws";

// v7 fields, promise and Output methods that are not fields of the result.
const region = aws.getRegionOutput();
export const name = region.region;
export const zones = aws.getAvailabilityZones({}).then((z) => z.names).catch(() => []);
const identity = aws.getCallerIdentityOutput();
export const account = identity.accountId;
export const described = region.apply((r) => r.description);

import { kms, lb, s3 } from "@pulumi/aws";

const key = new kms.Key("logs", { enableKeyRotation: true });

const logBucket = new s3.Bucket("lb-logs", {
  acl: "private",
  serverSideEncryptionConfiguration: {
    rule: {
      applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" },
    },
  },
  lifecycleRules: [{ enabled: true, expiration: { days: 30 } }],
});

export const loadBalancer = new lb.LoadBalancer("frontend", {
  subnets: ["subnet-1", "subnet-2"],
  accessLogs: {
    bucket: logBucket.id,
    enabled: true,
  },
});

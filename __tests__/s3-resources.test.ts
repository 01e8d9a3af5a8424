/**
 * lib/aws/s3-resources.ts: the S3 side-resource classes exist in the provider
 * major they are written for, the major is chosen as the file suggests, and
 * the rules that write side resources compose with alb-log-bucket-sse-s3 and
 * with each other (the pipeline repeats passes until nothing changes).
 */
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { loadPython } from '../lib/python/parse';
import { pulumiFile } from './helpers/pulumi-file';
import { providerSchema } from '../lib/aws/schema';
import { s3Major, sideClassName, SIDE_CLASS_NAMES } from '../lib/aws/s3-resources';
import { rules } from '../transforms';

beforeAll(() => loadPython());

const rule = (id: string) => rules.filter((r) => r.meta.id === id);

function major(source: string, language: 'ts' | 'py', awsProvider?: 6 | 7) {
  return s3Major({ pulumi: pulumiFile(source, language), options: { awsProvider } });
}

describe('side-resource classes', () => {
  it.each([6, 7] as const)('exist in @pulumi/aws v%i with a bucket argument', (version) => {
    const schema = providerSchema(version);
    for (const side of SIDE_CLASS_NAMES) {
      expect(schema.resourceArgs('s3', sideClassName(side, version))).toHaveProperty('bucket');
    }
  });

  it('are renamed only where v7 renamed them', () => {
    expect(sideClassName('BucketVersioning', 6)).toBe('BucketVersioningV2');
    expect(sideClassName('BucketPolicy', 6)).toBe('BucketPolicy');
    expect(sideClassName('BucketLogging', 7)).toBe('BucketLogging');
  });
});

describe('s3Major', () => {
  it('takes the option first', () => {
    expect(major('new aws.s3.BucketV2("b");', 'ts', 7)).toBe(7);
  });

  it('follows the file: a v7-only class, then any V2 class, else 7', () => {
    expect(major('new aws.s3.BucketV2("a"); new aws.s3.BucketVersioning("v", { bucket: "a" });', 'ts')).toBe(7);
    expect(major('new aws.s3.BucketV2("a");', 'ts')).toBe(6);
    expect(major('import pulumi_aws as aws\naws.s3.Bucket("a", rules=[aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs()])\n', 'py')).toBe(6);
    expect(major('new aws.s3.Bucket("a");', 'ts')).toBe(7);
  });
});

describe('composition', () => {
  const logBucket = `import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("logs", { enableKeyRotation: true });

const logBucket = new aws.s3.Bucket("lb-logs", {
  versioning: { enabled: true },
  serverSideEncryptionConfiguration: {
    rule: {
      applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.keyId },
      bucketKeyEnabled: true,
    },
  },
});

export const alb = new aws.lb.LoadBalancer("frontend", {
  subnets: ["subnet-1", "subnet-2"],
  accessLogs: { bucket: logBucket.id, enabled: true },
});
`;

  const fixed = `import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("logs", { enableKeyRotation: true });

const logBucket = new aws.s3.Bucket("lb-logs", {});

const logBucketVersioning = new aws.s3.BucketVersioning("lb-logs-versioning", {
  bucket: logBucket.id,
  versioningConfiguration: { status: "Enabled" },
});

const logBucketEncryption = new aws.s3.BucketServerSideEncryptionConfiguration("lb-logs-encryption", {
  bucket: logBucket.id,
  rules: [
    { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
  ],
});

export const alb = new aws.lb.LoadBalancer("frontend", {
  subnets: ["subnet-1", "subnet-2"],
  accessLogs: { bucket: logBucket.id, enabled: true },
});
`;

  const ids = ['alb-log-bucket-sse-s3', 's3-encryption-args-shape', 's3-inline-bucket-config', 's3-default-encryption'];

  async function fixTwice(order: string[]) {
    const selected = order.flatMap(rule);
    const first = await fixSourceAsync(logBucket, 'index.ts', { rules: selected, unsafe: true });
    const second = await fixSourceAsync(first.output, 'index.ts', { rules: selected, unsafe: true });
    expect(first.remaining).toEqual([]);
    expect(second.fixed).toEqual([]);
    return first.output;
  }

  it('an ALB log bucket ends with a standalone AES256 configuration (registry order)', async () => {
    expect(await fixTwice(rules.map((r) => r.meta.id).filter((id) => ids.includes(id)))).toBe(fixed);
  });

  it('the same, whichever rule acts first', async () => {
    const output = await fixTwice([...ids.slice(1), ids[0]]);
    expect(output).not.toContain('serverSideEncryptionConfiguration:');
    expect(output).not.toContain('kmsMasterKeyId');
    expect(output.match(/sseAlgorithm: "AES256"/g)).toHaveLength(1);
  });

  it('default encryption is not added to a bucket whose inline encryption is moved', async () => {
    const source = `import pulumi_aws as aws

bucket = aws.s3.Bucket(
    "data",
    versioning={"enabled": True},
    server_side_encryption_configuration={"rule": {"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}},
)
`;
    const result = await fixSourceAsync(source, '__main__.py', { rules: ids.flatMap(rule), unsafe: true });
    expect(result.output.match(/BucketServerSideEncryptionConfiguration\(/g)).toHaveLength(1);
    expect(result.output).toContain('aws.s3.BucketVersioning(');
    expect(result.remaining).toEqual([]);
  });
});

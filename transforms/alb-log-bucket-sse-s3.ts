/**
 * alb-log-bucket-sse-s3
 *
 * Fact: Elastic Load Balancing delivers access logs only to buckets whose
 * default encryption is SSE-S3 (Amazon S3-managed keys, `AES256`); with any
 * other option (SSE-KMS, DSSE-KMS) delivery fails with Access Denied.
 * FACTS.md §1.1, source: AWS ELB user guide, "Enable access logs for your
 * Application Load Balancer", Step 1 ("The only server-side encryption option
 * that's supported is Amazon S3-managed keys (SSE-S3)").
 * S3 Bucket Keys reduce the cost of SSE-KMS and apply to SSE-KMS only, so
 * `bucketKeyEnabled` means nothing once the bucket is SSE-S3. Source: Amazon
 * S3 user guide, "Reducing the cost of SSE-KMS with Amazon S3 Bucket Keys".
 * Class names of the encryption resource in v6/v7: FACTS.md §4.1-4.3.
 *
 * NLB log buckets are left alone: whether NLB accepts SSE-KMS is UNCONFIRMED
 * (FACTS.md §1.1). CloudFront log buckets are never reached: CloudFront
 * supports SSE-KMS.
 */
import { BUCKET_TYPES, collectLogBuckets } from '../lib/aws/elb-log-buckets';
import { defineRule } from '../lib/define-rule';
import type { Prop, Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { requote } from '../lib/text/strings';

const ENCRYPTION_TYPES = ['aws.s3.BucketServerSideEncryptionConfiguration', 'aws.s3.BucketServerSideEncryptionConfigurationV2'];
const KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];

/** A value that is one object or a list of objects, as the object(s). */
function objects(value: Value | undefined): Value[] {
  if (!value) return [];
  const items = value.kind === 'array' ? value.elements() : [value];
  return items.filter((item) => item.kind === 'object');
}

/** The encryption rules of a configuration: `rule: {...}` (Bucket inline) or `rules: [...]` (split resource, v6 BucketV2). */
function encryptionRules(config: Value | undefined): Value[] {
  return ['rule', 'rules'].flatMap((key) => objects(config?.prop(key)?.value));
}

/** The inline configurations of a bucket: v6 Bucket / v7 Bucket `serverSideEncryptionConfiguration`, v6 BucketV2 `serverSideEncryptionConfigurations[]`. */
function inlineConfigurations(bucket: Resource): Value[] {
  return ['serverSideEncryptionConfiguration', 'serverSideEncryptionConfigurations'].flatMap((key) => objects(bucket.arg(key)?.value));
}

function check({ pulumi, report }: RuleContext): void {
  const logBuckets = collectLogBuckets(pulumi);
  const configurations: Value[] = [];
  for (const bucket of pulumi.resources(...BUCKET_TYPES)) {
    if (logBuckets.includes(bucket)) configurations.push(...inlineConfigurations(bucket));
  }
  for (const resource of pulumi.resources(...ENCRYPTION_TYPES)) {
    const ref = resource.arg('bucket')?.value;
    if (ref && logBuckets.has(ref) && resource.args) configurations.push(resource.args);
  }
  for (const rule of configurations.flatMap(encryptionRules)) {
    // v6 BucketV2 spells the default as a one-item list `applyServerSideEncryptionByDefaults`
    const defaults = ['applyServerSideEncryptionByDefault', 'applyServerSideEncryptionByDefaults'].flatMap((key) => objects(rule.prop(key)?.value));
    for (const byDefault of defaults) checkDefault(byDefault, rule, report);
  }
}

function checkDefault(byDefault: Value, rule: Value, report: RuleContext['report']): void {
  const algorithm = byDefault.prop('sseAlgorithm');
  if (!algorithm) return;
  const value = algorithm.value;
  if (value.string === undefined) {
    report(algorithm, 'algorithmNotLiteral', { data: { expression: value.text } });
  } else if (KMS_ALGORITHMS.includes(value.string)) {
    const kmsKey = byDefault.prop('kmsMasterKeyId');
    const bucketKey = rule.prop('bucketKeyEnabled');
    report(algorithm, 'useSseS3', {
      data: { algorithm: value.string },
      fix: () => [aes256(value), ...[kmsKey, bucketKey].filter((p): p is Prop => p !== undefined).map((p) => p.remove())],
    });
  }
}

/** Replaces the algorithm literal with AES256, keeping its quotes (and Python string prefix). */
function aes256(literal: Value): Edit {
  return literal.replace(requote(literal.text, 'AES256'));
}

export default defineRule({
  meta: {
    id: 'alb-log-bucket-sse-s3',
    title: 'Load balancer access-log bucket encrypted with SSE-KMS',
    description: 'Switches the default encryption of an ALB/ELB access-log bucket from aws:kms to AES256 (SSE-S3)',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      useSseS3:
        'This bucket receives load balancer access logs, and ELB log delivery only supports SSE-S3: with `{{algorithm}}` every delivery fails with Access Denied. Switched to AES256; the KMS key is no longer used by this bucket',
      algorithmNotLiteral:
        'This bucket receives load balancer access logs, and ELB log delivery only supports SSE-S3 (Access Denied otherwise): make sure `{{expression}}` is "AES256"',
    },
    fact: 'Elastic Load Balancing delivers access logs only to S3 buckets encrypted with SSE-S3 (AES256); SSE-KMS and DSSE-KMS buckets make delivery fail with Access Denied. S3 Bucket Keys apply to SSE-KMS only.',
    sources: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html',
      'FACTS.md §1.1 (ELB log bucket encryption), §4 (S3 class names in @pulumi/aws v6 and v7)',
    ],
  },
  ts: check,
  py: check,
});

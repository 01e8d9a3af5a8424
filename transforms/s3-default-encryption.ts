/**
 * s3-default-encryption
 *
 * Fact: since January 5, 2023 Amazon S3 applies SSE-S3 (AES256) as the base
 * level of encryption to every bucket, and encrypts every new object with it
 * unless a request or the bucket's configuration asks for another key
 * (Amazon S3 User Guide, "Setting default server-side encryption behavior
 * for Amazon S3 buckets"; AWS announcement of 2023-01-05). A program that
 * writes no encryption configuration therefore stores encrypted objects, but
 * does not say so: reviews and policy scanners that read the program flag
 * every bucket without an explicit configuration, and seed 002 (improvement
 * 1) added one. The explicit configuration is the standalone
 * aws.s3.BucketServerSideEncryptionConfiguration (v7) /
 * BucketServerSideEncryptionConfigurationV2 (v6) resource, FACTS.md §4.1-4.3.
 *
 * The fix writes AES256, which is what S3 already does, so nothing changes
 * in AWS. It is unsafe because encryption may be configured where the file
 * cannot see it (another file or stack, a helper that loops over buckets),
 * and a second configuration would override that one; and because the seed
 * asked for KMS, which needs a key the program must own (and which breaks
 * ELB log delivery, FACTS.md §1.1), so AES256 may not be what the team wants.
 */
import { defineRule } from '../lib/define-rule';
import type { Resource } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { BUCKET_TYPES, ENCRYPTION_TYPES, INLINE_ENCRYPTION_KEYS, list, obj, placeAfter, sideResourceName, str } from '../lib/aws/s3-resources';

/** The buckets an encryption resource of the file configures; undefined when one of them cannot be told. */
function encryptedBuckets(ctx: RuleContext): { resources: Set<Resource>; names: Set<string> } | undefined {
  const resources = new Set<Resource>();
  const names = new Set<string>();
  for (const encryption of ctx.pulumi.resources(...ENCRYPTION_TYPES)) {
    const ref = encryption.arg('bucket')?.value;
    const bucket = ref && ctx.pulumi.resourceOf(ref);
    if (bucket) resources.add(bucket);
    else if (ref?.string !== undefined) names.add(ref.string);
    else return undefined;
  }
  return { resources, names };
}

/** Whether the bucket's own arguments can be seen whole and hold no encryption. */
function visiblyUnencrypted(bucket: Resource): boolean {
  const args = bucket.args;
  if (!args) return true;
  if (args.kind !== 'object' || args.hasSpread()) return false;
  return INLINE_ENCRYPTION_KEYS.every((key) => !bucket.arg(key));
}

const AES256_RULES = list([obj([['applyServerSideEncryptionByDefault', obj([['sseAlgorithm', str('AES256')]])]])]);

function check(ctx: RuleContext): void {
  const encrypted = encryptedBuckets(ctx);
  if (!encrypted) return;
  const resource = sideResourceName(ctx, 'BucketServerSideEncryptionConfiguration');
  for (const bucket of ctx.pulumi.resources(...BUCKET_TYPES)) {
    const name = bucket.arg('bucket')?.value.string;
    if (!visiblyUnencrypted(bucket) || encrypted.resources.has(bucket) || (name !== undefined && encrypted.names.has(name))) continue;
    const place = placeAfter(ctx, bucket);
    if (!place.ok) {
      ctx.report(bucket, 'addByHand', { data: { resource, reason: place.reason } });
      continue;
    }
    ctx.report(bucket, 'addEncryption', {
      data: { resource },
      fix: () => place.placement.add({ side: 'BucketServerSideEncryptionConfiguration', args: [['rules', AES256_RULES]] }),
    });
  }
}

export default defineRule({
  meta: {
    id: 's3-default-encryption',
    title: 'Bucket without an explicit default encryption configuration',
    description: 'Adds an AES256 (SSE-S3) default encryption resource to buckets the program leaves without one',
    languages: ['ts', 'py'],
    severity: 'suggestion',
    fixSafety: 'unsafe',
    messages: {
      addEncryption:
        'This bucket has no default encryption configuration in the program (S3 applies SSE-S3 anyway since January 2023, but reviews and scanners cannot see it): add an encryption resource ({{resource}}) with AES256, or with aws:kms and a key the program owns',
      addByHand:
        'This bucket has no default encryption configuration in the program: add an encryption resource ({{resource}}) with `bucket` set to its id and an AES256 (or aws:kms) rule (not done automatically: {{reason}})',
    },
    fact: 'Since January 5, 2023 S3 encrypts every new object with SSE-S3 (AES256) unless told otherwise; an explicit configuration is the standalone aws.s3.BucketServerSideEncryptionConfiguration (v7) / BucketServerSideEncryptionConfigurationV2 (v6) resource. Writing AES256 changes nothing in AWS and makes the encryption visible in the program.',
    sources: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
      '@pulumi/aws 7.48.0 s3/bucketServerSideEncryptionConfiguration.d.ts ("Destroying an aws.s3.BucketServerSideEncryptionConfiguration resource resets the bucket to Amazon S3 bucket default encryption")',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
      'https://aws.amazon.com/about-aws/whats-new/2023/01/amazon-s3-automatically-encrypts-new-objects/',
      'FACTS.md §4.1-4.3 (S3 class names and shapes in @pulumi/aws v6 and v7)',
      'shared/seeds 002, improvement 1 (server-side encryption added to a bucket that had none)',
    ],
  },
  ts: check,
  py: check,
});

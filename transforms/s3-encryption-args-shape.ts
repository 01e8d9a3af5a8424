/**
 * s3-encryption-args-shape
 *
 * Fact: a bucket's default encryption has its own resource,
 * aws.s3.BucketServerSideEncryptionConfiguration (v7) /
 * BucketServerSideEncryptionConfigurationV2 (v6), whose `rules` list holds
 * `{ applyServerSideEncryptionByDefault: { sseAlgorithm, kmsMasterKeyId },
 * bucketKeyEnabled }`. The inline `serverSideEncryptionConfiguration` of a
 * bucket is deprecated (v7 Bucket, v6 BucketV2) and its nesting differs per
 * class (`rule` on Bucket; `serverSideEncryptionConfigurations[].rules[]
 * .applyServerSideEncryptionByDefaults[]` on v6 BucketV2). FACTS.md §4.1-4.3,
 * source: @pulumi/aws 6.83.4 and 7.48.0 `s3/*.d.ts`, `types/input.d.ts`.
 * Models merge the two into Python classes the SDK does not have
 * (`BucketServerSideEncryptionConfigurationV2ServerSideEncryptionConfigurationArgs`,
 * seed 000 §1): the SDK's classes are the input types of the provider
 * schema plus `Args`, and anything else is an AttributeError. The seed's own
 * fix is the standalone resource with plain dict rules.
 *
 * The move leaves a deployed bucket as it is: v7 Bucket and v6 BucketV2 "only
 * perform drift detection if a configuration value is provided" (their
 * `s3/*.d.ts`). v6's legacy Bucket says no such thing, so there the fix is
 * unsafe.
 *
 * This rule owns inline encryption on buckets; s3-inline-bucket-config moves
 * the other inline settings and leaves this one alone.
 */
import { defineRule } from '../lib/define-rule';
import type { Prop, PulumiFile, Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { providerSchema } from '../lib/aws/schema';
import { BUCKET_TYPES, copy, copyObject, ENCRYPTION_TYPES, INLINE_ENCRYPTION_KEYS, inlineValue, isLegacyBucket, list, obj, ownArgs, placeAfter, printInPlace, readObject, removeInline, sideResourceName, single, type Entry, type Spec } from '../lib/aws/s3-resources';

const CONFIG_KEYS = ['rule', 'rules'];
/** v6 BucketV2 spells the default as a one-item list */
const DEFAULT_KEYS = ['applyServerSideEncryptionByDefault', 'applyServerSideEncryptionByDefaults'];
const RULE_KEYS = [...DEFAULT_KEYS, 'bucketKeyEnabled', 'blockedEncryptionTypes'];
const ALGORITHM_KEYS = ['sseAlgorithm', 'kmsMasterKeyId'];

/** One encryption rule in the shape of the standalone resource. */
function ruleSpec(rule: Value): Spec | undefined {
  const entries = readObject(rule, RULE_KEYS);
  if (!entries) return undefined;
  const out: Entry[] = [];
  for (const [key, value] of entries) {
    if (!DEFAULT_KEYS.includes(key)) {
      out.push([key, copy(value)]);
      continue;
    }
    const byDefault = single(value);
    const spec = byDefault && copyObject(byDefault, ALGORITHM_KEYS);
    if (!spec) return undefined;
    out.push(['applyServerSideEncryptionByDefault', spec]);
  }
  return obj(out);
}

/** The rules of a list or of a single rule, as a list; undefined unless every rule converts. */
function rulesSpec(value: Value): Spec | undefined {
  const rules = value.kind === 'array' && !value.hasSpread() ? value.elements() : [value];
  const specs = rules.map(ruleSpec);
  return specs.length > 0 && specs.every((s): s is Spec => s !== undefined) ? list(specs) : undefined;
}

/** An inline configuration (`{ rule }`, `[{ rules }]`, or a made-up class with `rules=`) as the new resource's `rules`. */
function configurationRules(config: Value): Spec | undefined {
  const entries = readObject(config, CONFIG_KEYS);
  if (!entries || entries.size !== 1) return undefined;
  return rulesSpec([...entries.values()][0]);
}

/** Whether the Python SDK of either major has this `aws.s3` class. */
function sdkHas(name: string): boolean {
  return ([6, 7] as const).some((major) => providerSchema(major).kindOf('s3', name, 'py') !== undefined);
}

/** Python `aws.s3.*ServerSideEncryption*Args(...)` calls the SDK does not have. */
function unknownClasses(pulumi: PulumiFile): Value[] {
  if (pulumi.language !== 'py') return [];
  return pulumi.expressions('object').filter((value) => {
    const name = value.asCall() && value.qualifiedName();
    return !!name && /^aws\.s3\.\w*ServerSideEncryption\w*Args$/.test(name) && !sdkHas(name.slice('aws.s3.'.length));
  });
}

const within = (value: Value, ranges: { start: number; end: number }[]) => ranges.some((r) => r.start <= value.start && value.end <= r.end);

/** Inline encryption on a bucket: moved to a standalone resource. Returns the ranges it covers. */
function checkInline(ctx: RuleContext, bucket: Resource, prop: Prop): { start: number; end: number }[] {
  const resource = sideResourceName(ctx, 'BucketServerSideEncryptionConfiguration');
  const data = { prop: prop.key, resource };
  const inline = inlineValue(ctx.pulumi, prop.value);
  const config = inline && single(inline.value);
  const rules = config && configurationRules(config);
  const covered = [prop, ...(inline ? [inline.value] : [])];
  if (!inline || !rules) {
    const reason = inline ? 'iacfix cannot read this value as one configuration with known keys' : 'the value is a variable that other code reads too';
    ctx.report(prop, 'moveManually', { data: { ...data, reason } });
    return covered;
  }
  const place = placeAfter(ctx, bucket);
  if (!place.ok) {
    ctx.report(prop, 'moveManually', { data: { ...data, reason: place.reason } });
    return covered;
  }
  ctx.report(prop, 'moveToResource', {
    data,
    safety: isLegacyBucket(ctx, bucket) ? 'unsafe' : 'safe',
    fix: () => [removeInline(bucket, prop), ...(inline.removeBinding ? [inline.removeBinding] : []), ...place.placement.add({ side: 'BucketServerSideEncryptionConfiguration', args: [['rules', rules]] })],
  });
  return covered;
}

/** Made-up classes inside a standalone resource's `rules`: rewritten as plain dicts. */
function checkStandalone(ctx: RuleContext, resource: Resource, unknown: Value[]): { start: number; end: number }[] {
  const rules = resource.arg('rules');
  if (!rules || !within(rules.value, [resource]) || !unknown.some((u) => within(u, [rules]))) return [];
  const spec = rulesSpec(rules.value);
  if (!spec) return [];
  const name = unknown.find((u) => within(u, [rules]))?.qualifiedName() ?? '';
  ctx.report(rules, 'plainRules', { data: { name }, fix: () => rules.value.replace(printInPlace(ctx, resource, rules.value, spec)) });
  return [rules];
}

function check(ctx: RuleContext): void {
  const { pulumi } = ctx;
  const covered: { start: number; end: number }[] = [];
  for (const bucket of pulumi.resources(...BUCKET_TYPES)) {
    const prop = INLINE_ENCRYPTION_KEYS.map((key) => ownArgs(bucket)?.prop(key)).find((p) => p !== undefined);
    if (prop) covered.push(...checkInline(ctx, bucket, prop));
  }
  const unknown = unknownClasses(pulumi);
  if (unknown.length === 0) return;
  for (const resource of pulumi.resources(...ENCRYPTION_TYPES)) covered.push(...checkStandalone(ctx, resource, unknown));
  const resource = sideResourceName(ctx, 'BucketServerSideEncryptionConfiguration');
  // a made-up class inside another one is part of the same mistake
  const outermost = unknown.filter((value) => !unknown.some((other) => other !== value && within(value, [other])));
  for (const value of outermost) {
    if (!within(value, covered)) ctx.report(value, 'unknownClass', { data: { name: value.qualifiedName() ?? value.text, resource } });
  }
}

export default defineRule({
  meta: {
    id: 's3-encryption-args-shape',
    title: 'Bucket encryption written inline or with classes the SDK does not have',
    description: 'Moves a bucket\'s inline server-side encryption, and made-up nested *Args classes, to a standalone encryption resource with plain rules',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      moveToResource:
        'Server-side encryption inline on the bucket (`{{prop}}`) is deprecated, and its nesting differs per bucket class and provider version: moved to a standalone {{resource}} resource with plain `rules`',
      moveManually:
        'Server-side encryption inline on the bucket (`{{prop}}`) is deprecated: move it to a standalone {{resource}} resource with `bucket` set to the bucket\'s id and plain `rules` (not done automatically: {{reason}})',
      plainRules: '`{{name}}` does not exist in the Pulumi AWS SDK (an AttributeError before anything deploys): the rules were rewritten as plain dicts',
      unknownClass:
        '`{{name}}` does not exist in the Pulumi AWS SDK (an AttributeError before anything deploys): create a standalone {{resource}} resource with `bucket` set to the bucket\'s id and `rules` written as plain dicts',
    },
    fact: 'A bucket\'s default encryption is its own resource, aws.s3.BucketServerSideEncryptionConfiguration (v7) / BucketServerSideEncryptionConfigurationV2 (v6), with `rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm, kmsMasterKeyId }, bucketKeyEnabled }]`; the inline `serverSideEncryptionConfiguration` of a bucket is deprecated (v7 Bucket, v6 BucketV2). The Python SDK\'s nested classes are the provider schema\'s input types plus `Args`; other names do not exist.',
    sources: [
      '@pulumi/aws 7.48.0 s3/bucket.d.ts ("serverSideEncryptionConfiguration is deprecated. Use the aws.s3.BucketServerSideEncryptionConfiguration resource instead") and s3/bucketServerSideEncryptionConfiguration.d.ts',
      '@pulumi/aws 6.83.4 s3/bucketV2.d.ts and s3/bucketServerSideEncryptionConfigurationV2.d.ts; types/input.d.ts (the input types behind the Python *Args classes)',
      'FACTS.md §4.1-4.3 (S3 class names and shapes in @pulumi/aws v6 and v7)',
      'shared/seeds 000 §1 (the made-up nested classes and the standalone-resource fix)',
    ],
  },
  ts: check,
  py: check,
});

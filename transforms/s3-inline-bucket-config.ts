/**
 * s3-inline-bucket-config
 *
 * Fact: @pulumi/aws v7's `aws.s3.Bucket` (and v6's `BucketV2`) deprecate
 * every inline bucket setting, each in favour of a separate resource:
 * "versioning is deprecated. Use the aws.s3.BucketVersioning resource
 * instead", and so on (v6 names carry a V2 suffix). The split resources have
 * their own shapes: versioning `{ enabled: true }` becomes
 * `versioningConfiguration: { status: "Enabled" }`; a lifecycle rule needs
 * `id` and `status` and takes its prefix in `filter`; logging requires
 * `targetPrefix`; website documents become `{ suffix }` / `{ key }`.
 * FACTS.md §4.2-4.3, source: @pulumi/aws 6.83.4 and 7.48.0 `s3/bucket.d.ts`,
 * `s3/bucketV2.d.ts`, `types/input.d.ts`. Seed 004 §6.
 *
 * The move leaves a deployed bucket as it is: v7 Bucket and v6 BucketV2 "only
 * perform drift detection if a configuration value is provided" (their
 * `s3/*.d.ts`). v6's legacy Bucket says no such thing, so there the fix is
 * unsafe.
 *
 * Inline server-side encryption is left to s3-encryption-args-shape, and
 * `acl` / `grants` to s3-acl-owner-enforced (an ACL may have to go, not move).
 */
import { defineRule } from '../lib/define-rule';
import type { Prop, Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { camelToSnake } from '../lib/pulumi/py/names';
import { argsPrefix, BUCKET_TYPES, choice, copy, copyObject, inlineValue, isLegacyBucket, list, obj, ownArgs, placeAfter, removeInline, readObject, sideResourceName, single, str, type Entry, type SideClass, type Spec } from '../lib/aws/s3-resources';

type Conversion = { args: Entry[] } | { reason: string };

interface Setting {
  side: SideClass;
  convert(value: Value, bucket: Resource, ctx: RuleContext): Conversion;
}

const NOT_WRITTEN_OUT = { reason: 'it is not written out as an object literal with known keys' };

function convertVersioning(value: Value): Conversion {
  const block = single(value);
  const entries = block && readObject(block, ['enabled', 'mfaDelete']);
  if (!entries) return NOT_WRITTEN_OUT;
  if (entries.get('enabled')?.literal !== true) return { reason: 'only `enabled: true` converts exactly; for versioning that is off, delete the setting, or use status "Suspended" on a bucket that had it on' };
  const mfaDelete = entries.get('mfaDelete');
  if (mfaDelete && mfaDelete.literal !== false) return { reason: 'MFA delete also needs the new resource\'s `mfa` argument (the MFA device serial and code)' };
  return { args: [['versioningConfiguration', obj([['status', str('Enabled')]])]] };
}

/** A list literal of object literals, each converted; undefined if any is not. */
function convertEach(value: Value, convert: (item: Value) => Spec | undefined): Spec | undefined {
  if (value.kind !== 'array' || value.hasSpread()) return undefined;
  const items = value.elements().map((item) => convert(item));
  return items.every((s): s is Spec => s !== undefined) ? list(items) : undefined;
}

const EXPIRATION_KEYS = ['date', 'days', 'expiredObjectDeleteMarker'];
const TRANSITION_KEYS = ['date', 'days', 'storageClass'];
const RULE_KEYS = ['id', 'enabled', 'prefix', 'tags', 'expiration', 'expirations', 'transitions', 'noncurrentVersionExpiration', 'noncurrentVersionExpirations', 'noncurrentVersionTransitions', 'abortIncompleteMultipartUploadDays'];

/** An object block (or the one object of a v6 one-item list) with keys among `keys`, copied. */
function copyBlock(value: Value, keys: string[]): Spec | undefined {
  const block = single(value);
  return block && copyObject(block, keys);
}

/** `{ days, storageClass }` of a noncurrent-version block → `{ noncurrentDays, storageClass }`. */
function noncurrent(value: Value, keys: string[]): Spec | undefined {
  const block = single(value);
  const entries = block && readObject(block, keys);
  if (!entries?.has('days')) return undefined;
  return obj([...entries].map(([k, v]) => [k === 'days' ? 'noncurrentDays' : k, copy(v)] as const));
}

/** The split resource's name and value for one nested block of an inline lifecycle rule; undefined for the keys handled apart. */
function lifecycleBlock(key: string, value: Value): [string, Spec | undefined] | undefined {
  switch (key) {
    case 'expiration':
    case 'expirations':
      return ['expiration', copyBlock(value, EXPIRATION_KEYS)];
    case 'noncurrentVersionExpiration':
    case 'noncurrentVersionExpirations':
      return ['noncurrentVersionExpiration', noncurrent(value, ['days'])];
    case 'transitions':
      return [key, convertEach(value, (t) => copyObject(t, TRANSITION_KEYS))];
    case 'noncurrentVersionTransitions':
      return [key, convertEach(value, (t) => noncurrent(t, ['days', 'storageClass']))];
    case 'abortIncompleteMultipartUploadDays':
      return ['abortIncompleteMultipartUpload', obj([['daysAfterInitiation', copy(value)]])];
    default:
      return undefined;
  }
}

/** One inline lifecycle rule in the shape of BucketLifecycleConfiguration's `rules`; a reason when it does not convert. */
function lifecycleRule(rule: Value, id: Spec): Spec | string {
  const entries = readObject(rule, RULE_KEYS);
  if (!entries) return 'a rule is not written out as an object literal with known keys';
  if (entries.has('tags')) return 'tag filters need `filter.tag` or `filter.and`, depending on how many there are';
  const enabled = entries.get('enabled');
  if (!enabled) return 'a rule has no `enabled`';
  const prefix = entries.get('prefix');
  const out: Entry[] = [
    ['id', id],
    ['status', enabled.kind === 'boolean' ? str(enabled.literal ? 'Enabled' : 'Disabled') : choice(enabled, 'Enabled', 'Disabled')],
    // "" (every object) is the prefix a rule without one had
    ['filter', obj([['prefix', prefix ? copy(prefix) : str('')]])],
  ];
  for (const [key, value] of entries) {
    const block = lifecycleBlock(key, value);
    if (!block) continue;
    const [name, spec] = block;
    if (!spec) return `a rule's \`${key}\` is not written out as an object literal with known keys`;
    out.push([name, spec]);
  }
  return obj(out);
}

/** `rule-1`, `rule-2`, ...: ids for rules that had none (the provider generated one), distinct from the written ones. */
function freshIds(rules: Value[]): string[] {
  const written = new Set(rules.map((r) => r.prop('id')?.value.string).filter((id) => id !== undefined));
  const ids: string[] = [];
  for (let n = 1; ids.length < rules.length; n++) if (!written.has(`rule-${n}`)) ids.push(`rule-${n}`);
  return ids;
}

function convertLifecycle(value: Value): Conversion {
  if (value.kind !== 'array' || value.hasSpread() || value.elements().length === 0) return NOT_WRITTEN_OUT;
  const rules = value.elements();
  const ids = freshIds(rules);
  const specs: Spec[] = [];
  for (const [i, rule] of rules.entries()) {
    const written = rule.prop('id')?.value;
    const spec = lifecycleRule(rule, written ? copy(written) : str(ids[i]));
    if (typeof spec === 'string') return { reason: spec };
    specs.push(spec);
  }
  return { args: [['rules', list(specs)]] };
}

function convertLogging(value: Value): Conversion {
  const block = single(value);
  const entries = block && readObject(block, ['targetBucket', 'targetPrefix']);
  const target = entries?.get('targetBucket');
  if (!entries || !target) return NOT_WRITTEN_OUT;
  const prefix = entries.get('targetPrefix');
  // the split resource requires the prefix; inline, an absent one meant ""
  return { args: [['targetBucket', copy(target)], ['targetPrefix', prefix ? copy(prefix) : str('')]] };
}

const WEBSITE_OUTPUTS = ['websiteEndpoint', 'websiteDomain'];

/** Whether the program reads the bucket's website endpoint or domain, which move to the new resource. */
function readsWebsiteOutputs(ctx: RuleContext, bucket: Resource): boolean {
  const names = WEBSITE_OUTPUTS.map((n) => ctx.pulumi.propName(n));
  return ctx.pulumi.expressions('member').some((m) => {
    const path = m.path();
    return !!path && names.includes(path[path.length - 1]) && ctx.pulumi.resourceOf(m) === bucket;
  });
}

function convertWebsite(value: Value, bucket: Resource, ctx: RuleContext): Conversion {
  const block = single(value);
  const entries = block && readObject(block, ['indexDocument', 'errorDocument', 'redirectAllRequestsTo', 'routingRules']);
  if (!entries) return NOT_WRITTEN_OUT;
  if (entries.has('redirectAllRequestsTo') || entries.has('routingRules')) return { reason: 'redirects and routing rules change shape (`redirectAllRequestsTo: { hostName, protocol }`, `routingRules` as objects)' };
  if (readsWebsiteOutputs(ctx, bucket)) return { reason: 'the program reads the bucket\'s website endpoint or domain: read them from the new resource instead' };
  const args: Entry[] = [];
  const index = entries.get('indexDocument');
  const error = entries.get('errorDocument');
  if (index) args.push(['indexDocument', obj([['suffix', copy(index)]])]);
  if (error) args.push(['errorDocument', obj([['key', copy(error)]])]);
  return args.length > 0 ? { args } : NOT_WRITTEN_OUT;
}

const CORS_KEYS = ['allowedHeaders', 'allowedMethods', 'allowedOrigins', 'exposeHeaders', 'maxAgeSeconds', 'id'];

function convertCors(value: Value): Conversion {
  const rules = convertEach(value, (rule) => copyObject(rule, CORS_KEYS));
  return rules ? { args: [['corsRules', rules]] } : NOT_WRITTEN_OUT;
}

/** A scalar setting that becomes one argument of the new resource. */
const renamed = (key: string) => (value: Value): Conversion => ({ args: [[key, copy(value)]] });

const SETTINGS: Record<string, Setting> = {
  versioning: { side: 'BucketVersioning', convert: convertVersioning },
  versionings: { side: 'BucketVersioning', convert: convertVersioning },
  lifecycleRules: { side: 'BucketLifecycleConfiguration', convert: convertLifecycle },
  logging: { side: 'BucketLogging', convert: convertLogging },
  loggings: { side: 'BucketLogging', convert: convertLogging },
  website: { side: 'BucketWebsiteConfiguration', convert: convertWebsite },
  websites: { side: 'BucketWebsiteConfiguration', convert: convertWebsite },
  corsRules: { side: 'BucketCorsConfiguration', convert: convertCors },
  accelerationStatus: { side: 'BucketAccelerateConfiguration', convert: renamed('status') },
  requestPayer: { side: 'BucketRequestPaymentConfiguration', convert: renamed('payer') },
  policy: { side: 'BucketPolicy', convert: renamed('policy') },
};

/** Deprecated settings whose move is not mechanical: what to do instead. */
const BY_HAND: Record<string, string> = {
  objectLockConfiguration: 'Object Lock must be switched on when the bucket is created: set the bucket\'s `objectLockEnabled: true` and move the retention rule to aws.s3.BucketObjectLockConfiguration (v6: BucketObjectLockConfigurationV2)',
  replicationConfiguration: 'move it to aws.s3.BucketReplicationConfig, whose rules have their own shape (`status`, `filter`, `destination`, `deleteMarkerReplication`)',
  replicationConfigurations: 'move it to aws.s3.BucketReplicationConfig, whose rules have their own shape (`status`, `filter`, `destination`, `deleteMarkerReplication`)',
};

function checkSetting(ctx: RuleContext, bucket: Resource, prop: Prop, setting: Setting): void {
  const data = { prop: prop.key, resource: sideResourceName(ctx, setting.side) };
  const inline = inlineValue(ctx.pulumi, prop.value);
  if (!inline) {
    ctx.report(prop, 'moveManually', { data: { ...data, reason: 'the value is a variable that other code reads too' } });
    return;
  }
  const conversion = setting.convert(inline.value, bucket, ctx);
  if ('reason' in conversion) {
    ctx.report(prop, 'moveManually', { data: { ...data, reason: conversion.reason } });
    return;
  }
  const place = placeAfter(ctx, bucket);
  if (!place.ok) {
    ctx.report(prop, 'moveManually', { data: { ...data, reason: place.reason } });
    return;
  }
  const argsModule = ctx.language === 'py' ? argsPrefix(inline.value) : undefined;
  ctx.report(prop, 'moveToResource', {
    data,
    safety: isLegacyBucket(ctx, bucket) ? 'unsafe' : 'safe',
    fix: () => [removeInline(bucket, prop), ...(inline.removeBinding ? [inline.removeBinding] : []), ...place.placement.add({ side: setting.side, args: conversion.args, argsModule })],
  });
}

const KEYS = [...Object.keys(SETTINGS), ...Object.keys(BY_HAND)];

function check(ctx: RuleContext): void {
  for (const bucket of ctx.pulumi.resources(...BUCKET_TYPES)) {
    for (const prop of ownArgs(bucket)?.props() ?? []) {
      const key = KEYS.find((k) => camelToSnake(k) === camelToSnake(prop.key));
      if (!key) continue;
      if (key in BY_HAND) ctx.report(prop, 'moveByHand', { data: { prop: prop.key, advice: BY_HAND[key] } });
      else checkSetting(ctx, bucket, prop, SETTINGS[key]);
    }
  }
}

export default defineRule({
  meta: {
    id: 's3-inline-bucket-config',
    title: 'Deprecated inline bucket settings',
    description: 'Moves a bucket\'s inline versioning, lifecycle rules, logging, website, CORS, acceleration, request payment and policy to the separate resources that replace them',
    languages: ['ts', 'py'],
    severity: 'warning',
    fixSafety: 'safe',
    messages: {
      moveToResource: 'Inline `{{prop}}` on a bucket is deprecated (@pulumi/aws v7 Bucket, v6 BucketV2): moved to a separate {{resource}} resource',
      moveManually: 'Inline `{{prop}}` on a bucket is deprecated (@pulumi/aws v7 Bucket, v6 BucketV2): move it to a separate {{resource}} resource with `bucket` set to the bucket\'s id (not done automatically: {{reason}})',
      moveByHand: 'Inline `{{prop}}` on a bucket is deprecated (@pulumi/aws v7 Bucket, v6 BucketV2): {{advice}}',
    },
    fact: 'The inline settings of @pulumi/aws v7 aws.s3.Bucket (and v6 BucketV2) are deprecated, each in favour of a separate resource (BucketVersioning, BucketLifecycleConfiguration, BucketLogging, BucketWebsiteConfiguration, BucketCorsConfiguration, BucketAccelerateConfiguration, BucketRequestPaymentConfiguration, BucketPolicy; v6 names end in V2) whose arguments have their own shapes.',
    sources: [
      '@pulumi/aws 7.48.0 s3/bucket.d.ts (e.g. "versioning is deprecated. Use the aws.s3.BucketVersioning resource instead") and the split resources\' s3/*.d.ts, types/input.d.ts',
      '@pulumi/aws 6.83.4 s3/bucketV2.d.ts and the *V2 split resources',
      'FACTS.md §4.1-4.3 (S3 class names and shapes in @pulumi/aws v6 and v7)',
      'shared/seeds 004 §6 (inline versioning and lifecycleRules, fixed with BucketVersioningV2 and BucketLifecycleConfigurationV2)',
    ],
  },
  ts: check,
  py: check,
});

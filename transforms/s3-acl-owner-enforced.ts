/**
 * s3-acl-owner-enforced
 *
 * Fact: since April 2023 every new bucket has Object Ownership
 * BucketOwnerEnforced, which disables ACLs: setting a bucket ACL fails with
 * `AccessControlListNotSupported` ("The bucket does not allow ACLs"), and
 * creating a bucket with a non-private ACL fails with
 * `InvalidBucketAclWithObjectOwnership`. Where an ACL is really needed, the
 * documented pattern is an `aws.s3.BucketOwnershipControls` with
 * `BucketOwnerPreferred` and the ACL resource depending on it. CloudFront
 * standard logging (legacy, `loggingConfig`) is such a case: CloudFront adds
 * an ACL grant for the awslogsdelivery account, so its target bucket needs
 * ACLs enabled, else CloudFront answers "The S3 bucket that you specified for
 * CloudFront logs does not enable ACL access". FACTS.md §3. Sources: AWS
 * announcement "Amazon S3 ... disable access control lists for buckets (April
 * 2023)"; Amazon S3 user guide, "Controlling ownership of objects" and
 * object-ownership-error-responses; Amazon CloudFront developer guide,
 * "Standard logging (legacy)" (permissions); Pulumi guide "aws-s3-bucket-acl"
 * and pulumi-aws docs/version-7-upgrade.md.
 *
 * A private ACL asks for what the bucket enforces anyway, so it is removed.
 * Any other ACL (public-read on a website bucket, log-delivery-write, grants)
 * means the program wants access it does not get: removing it would change
 * behaviour, so the rule reports it. Whether PutBucketAcl with canned
 * `private` alone succeeds on an enforced bucket is UNCONFIRMED, so a private
 * ACL resource is removed rather than kept.
 */
import { legacyLogTargets } from '../lib/aws/cloudfront-log-buckets';
import { BUCKET_TYPES } from '../lib/aws/elb-log-buckets';
import { defineRule } from '../lib/define-rule';
import { nodeType, resourceOfArg, type PulumiFile, type Resource, type Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { indentUnitOf, insertStatementAfter, PY_SYNTAX, removeStatement, TS_SYNTAX } from '../lib/text/layout';
import { unusedName } from '../lib/text/names';
import { requote } from '../lib/text/strings';

const ACL_TYPES = ['aws.s3.BucketAclV2', 'aws.s3.BucketAcl'];
const OWNERSHIP_CONTROLS = 'aws.s3.BucketOwnershipControls';
const ACLS_ENABLED = ['BucketOwnerPreferred', 'ObjectWriter'];
/** `private`, and the enum member that spells it (TS `CannedAcl.Private`, Python `CannedAcl.PRIVATE`) */
const PRIVATE_ACLS = ['private', 'aws.s3.CannedAcl.Private', 'aws.s3.CannedAcl.PRIVATE'];
const DEFAULT_OWNERSHIP = 'unset, hence BucketOwnerEnforced, the default since April 2023';

/** What a bucket's object ownership is, as far as the program shows. */
type Ownership =
  | { kind: 'enabled'; controls: Resource }
  | { kind: 'enforced'; controls: Resource; value: Value }
  | { kind: 'unset' }
  | { kind: 'unknown' };


function ownershipOf(pulumi: PulumiFile, bucket: Resource): Ownership {
  const controls = pulumi.resources(OWNERSHIP_CONTROLS).filter((c) => resourceOfArg(pulumi, c, 'bucket') === bucket);
  if (controls.length === 0) return { kind: 'unset' };
  const rule = controls[0].arg('rule')?.value;
  const value = rule?.kind === 'object' ? rule.prop('objectOwnership')?.value : undefined;
  if (controls.length > 1 || value?.string === undefined) return { kind: 'unknown' };
  if (ACLS_ENABLED.includes(value.string)) return { kind: 'enabled', controls: controls[0] };
  return { kind: 'enforced', controls: controls[0], value };
}

function ownershipText(ownership: Ownership): string {
  return ownership.kind === 'enforced' ? 'BucketOwnerEnforced' : DEFAULT_OWNERSHIP;
}

/** The canned ACL a resource or bucket sets: the literal, the enum member, or the expression's text. */
function cannedAcl(resource: Resource): string | undefined {
  const acl = resource.arg('acl')?.value;
  if (!acl) return undefined;
  return acl.string ?? acl.qualifiedName() ?? acl.text;
}

function isPrivateAclResource(acl: Resource): boolean {
  const canned = cannedAcl(acl);
  return canned !== undefined && PRIVATE_ACLS.includes(canned) && !acl.arg('accessControlPolicy');
}

/** The edit that removes an ACL resource nothing else refers to; undefined when something may. */
function removal(ctx: RuleContext, acl: Resource): Edit | undefined {
  const syntax = ctx.language === 'py' ? PY_SYNTAX : TS_SYNTAX;
  const { binding } = acl;
  if (!binding) {
    const statementText = ctx.source.slice(acl.statement.start, acl.statement.end).replace(/;$/, '');
    return statementText === ctx.source.slice(acl.start, acl.end) ? removeStatement(ctx.source, acl.statement, syntax) : undefined;
  }
  const member = /^(?:this|self)\.(\w+)$/.exec(binding)?.[1];
  if (member) {
    // the attribute may be read anywhere in the class (or declared as a field): only its one assignment may mention it
    const mentions = ctx.source.match(new RegExp(`\\b${member}\\b`, 'g'))?.length ?? 0;
    return mentions === 1 ? removeStatement(ctx.source, acl.statement, syntax) : undefined;
  }
  const variable = ctx.pulumi.variable(binding, { start: acl.end, end: acl.end });
  return variable && variable.references.length === 0 ? variable.remove() : undefined;
}

function checkAclResource(ctx: RuleContext, acl: Resource, ownership: Ownership): void {
  const data = { ownership: ownershipText(ownership), acl: cannedAcl(acl) ?? 'accessControlPolicy' };
  if (!isPrivateAclResource(acl)) {
    ctx.report(acl, 'aclNotAllowed', { data });
    return;
  }
  const edit = removal(ctx, acl);
  if (edit) ctx.report(acl, 'removePrivateAcl', { data, fix: () => edit });
  else ctx.report(acl, 'privateAclReferenced', { data: { ...data, name: acl.binding ?? 'it' } });
}

/** Inline `acl` / `grants` on a bucket; a private ACL is dropped where ACLs are disabled, any other is reported (creating the bucket with it fails). */
function checkInlineAcl(ctx: RuleContext, bucket: Resource, aclsDisabled: boolean): void {
  const acl = bucket.arg('acl');
  const grants = bucket.arg('grants');
  if (grants) ctx.report(grants, 'inlineAclNotAllowed', { data: { acl: ctx.pulumi.propName('grants') } });
  if (!acl) return;
  const canned = cannedAcl(bucket);
  if (canned === undefined || !PRIVATE_ACLS.includes(canned)) ctx.report(acl, 'inlineAclNotAllowed', { data: { acl: canned ?? acl.value.text } });
  else if (aclsDisabled) ctx.report(acl, 'dropInlinePrivateAcl', { fix: () => acl.remove() });
}

/** A name by which a dependent can refer to the ownership controls (binding them first when they are a bare statement). */
function referenceTo(ctx: RuleContext, controls: Resource, bucket: Resource, dependents: Resource[]): { ref: string; edits: Edit[] } | undefined {
  if (!dependents.every((d) => controls.visibleAt(d))) return undefined;
  if (controls.binding) return { ref: controls.binding, edits: [] };
  const name = unusedName(ctx.source, ownershipBindingName(ctx, bucket));
  const edits = controls.bind(name);
  return edits ? { ref: name, edits } : undefined;
}

/** Edits that make each dependent (not yet depending on `ref`) depend on it; undefined when one cannot be edited. */
function dependsOnEdits(dependents: Resource[], ref: string): Edit[] | undefined {
  const edits: Edit[] = [];
  for (const dependent of dependents) {
    if (dependent.dependsOn().some((v) => v.text === ref)) continue;
    const added = dependent.addDependsOn([ref]);
    if (!added) return undefined;
    edits.push(...added);
  }
  return edits;
}

function missingDependsOn(dependents: Resource[], controls: Resource): Resource[] {
  return dependents.filter((d) => !controls.binding || !d.dependsOn().some((v) => v.text === controls.binding));
}

function ownershipBindingName(ctx: RuleContext, bucket: Resource): string {
  const base = (bucket.binding ?? 'bucket').split('.').pop() as string;
  return ctx.language === 'py' ? `${base}_ownership` : `${base}Ownership`;
}

/** The logical name of the new ownership controls: the bucket's name with `-ownership` appended. */
function ownershipLogicalName(ctx: RuleContext, bucket: Resource): string | undefined {
  const name = bucket.name;
  if (!name) return undefined;
  if (name.string !== undefined) return requote(name.text, `${name.string}-ownership`);
  // a template, f-string or concatenation that ends with a string: the suffix goes before its closing quote
  if (name.kind === 'template' && /[^"'`]["'`]$/.test(name.text) && !/("""|''')$/.test(name.text)) return `${name.text.slice(0, -1)}-ownership${name.text.slice(-1)}`;
  return ctx.language === 'py' ? `f"{${name.text}}-ownership"` : `\`\${${name.text}}-ownership\``;
}

/** The options of the new resource: the bucket's parent and provider. Undefined when the bucket's options cannot be read. */
function ownershipOptions(ctx: RuleContext, bucket: Resource): string | undefined {
  const options = bucket.options;
  if (!options) return '';
  if (options.kind === 'name' || options.kind === 'member') return options.text;
  const kept = ['parent', 'provider'].flatMap((key) => {
    const prop = options.kind === 'object' || options.kind === 'call' ? bucket.option(key) : undefined;
    return prop ? [ctx.source.slice(prop.start, prop.end)] : [];
  });
  if (options.kind === 'object' && !options.hasSpread()) return kept.length ? `{ ${kept.join(', ')} }` : '';
  const call = options.asCall();
  if (options.kind === 'call' && options.qualifiedName() === 'pulumi.ResourceOptions' && call) return kept.length ? `${call.callee.text}(${kept.join(', ')})` : '';
  return undefined;
}

/** A string literal in the file's quotes. */
function quoted(ctx: RuleContext, value: string): string {
  const sample = ctx.pulumi.expressions('string').find((s) => /^["']/.test(s.text));
  return sample ? requote(sample.text, value) : JSON.stringify(value);
}

/** The statement that creates BucketOwnershipControls(BucketOwnerPreferred) for `bucket`, bound to `name`. */
function ownershipStatement(ctx: RuleContext, bucket: Resource, name: string): string | undefined {
  const className = ctx.pulumi.spell(OWNERSHIP_CONTROLS);
  const logical = ownershipLogicalName(ctx, bucket);
  const options = ownershipOptions(ctx, bucket);
  if (!className || !logical || options === undefined || !bucket.binding) return undefined;
  const unit = indentUnitOf(ctx.source);
  const preferred = quoted(ctx, 'BucketOwnerPreferred');
  if (ctx.language === 'py') {
    const lines = [`${logical},`, `bucket=${bucket.binding}.id,`, `rule={${quoted(ctx, 'object_ownership')}: ${preferred}},`, ...(options ? [`opts=${options},`] : [])];
    return `${name} = ${className}(\n${lines.map((l) => unit + l).join('\n')}\n)`;
  }
  const args = `{\n${unit}bucket: ${bucket.binding}.id,\n${unit}rule: { objectOwnership: ${preferred} },\n}`;
  return `const ${name} = new ${className}(${logical}, ${args}${options ? `, ${options}` : ''});`;
}

const FUNCTION_NODES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod', 'function_definition', 'lambda']);

/** The function (or undefined: the module) whose body runs the expression. */
function enclosingFunction(value: Value): Value | undefined {
  for (let v = value.parent(); v; v = v.parent()) if (FUNCTION_NODES.has(nodeType(v))) return v;
  return undefined;
}

/** Whether a local declared right after `bucket` is visible to every dependent: the same function, and (TS, where `const` is block-scoped) at its top level. */
function localReaches(ctx: RuleContext, bucket: Resource, dependents: Resource[]): boolean {
  const home = bucket.name && enclosingFunction(bucket.name);
  const sameFunction = dependents.every((d) => d.start > bucket.statement.end && d.name !== undefined && enclosingFunction(d.name)?.start === home?.start);
  if (!sameFunction || !bucket.name || ctx.language === 'py') return sameFunction;
  let statement: Value | undefined = bucket.name;
  while (statement && !(statement.start === bucket.statement.start && statement.end === bucket.statement.end)) statement = statement.parent();
  const block = statement?.parent();
  return !!block && (nodeType(block) === 'Program' || (nodeType(block) === 'BlockStatement' && block.parent()?.start === home?.start));
}

/** Edits that give a CloudFront log bucket ACLs (ownership BucketOwnerPreferred) before its ACLs and distributions are created. */
function enableAcls(ctx: RuleContext, bucket: Resource, ownership: Ownership, dependents: Resource[]): Edit[] | undefined {
  if (ownership.kind === 'enforced') {
    const reference = referenceTo(ctx, ownership.controls, bucket, dependents);
    const dependsOn = reference && dependsOnEdits(dependents, reference.ref);
    const preferred = requote(ownership.value.text, 'BucketOwnerPreferred');
    return dependsOn && reference && [ownership.value.replace(preferred), ...reference.edits, ...dependsOn];
  }
  const name = unusedName(ctx.source, ownershipBindingName(ctx, bucket));
  const statement = ownershipStatement(ctx, bucket, name);
  const dependsOn = statement && localReaches(ctx, bucket, dependents) ? dependsOnEdits(dependents, name) : undefined;
  if (!statement || !dependsOn) return undefined;
  return [insertStatementAfter(ctx.source, bucket.statement, statement), ...dependsOn];
}

function checkCloudFrontTarget(ctx: RuleContext, bucket: Resource, distributions: Resource[], acls: Resource[]): void {
  const ownership = ownershipOf(ctx.pulumi, bucket);
  if (ownership.kind === 'unknown') return;
  const dependents = [...acls, ...distributions];
  if (ownership.kind === 'enabled') {
    for (const dependent of missingDependsOn(dependents, ownership.controls)) reportDependsOn(ctx, bucket, ownership.controls, dependent);
    checkInlineAcl(ctx, bucket, false);
    return;
  }
  const fix = enableAcls(ctx, bucket, ownership, dependents);
  const at = ownership.kind === 'enforced' ? ownership.value : bucket;
  const data = { ownership: ownershipText(ownership) };
  if (fix) ctx.report(at, 'enableAclsForCloudFront', { data, fix: () => fix });
  else ctx.report(at, 'cloudFrontNeedsAcls', { data });
  checkInlineAcl(ctx, bucket, true);
}

function reportDependsOn(ctx: RuleContext, bucket: Resource, controls: Resource, dependent: Resource): void {
  const reference = referenceTo(ctx, controls, bucket, [dependent]);
  const edits = reference && dependsOnEdits([dependent], reference.ref);
  const option = ctx.pulumi.propName('dependsOn');
  if (reference && edits) ctx.report(dependent, 'dependOnOwnership', { data: { option }, fix: () => [...reference.edits, ...edits] });
  else ctx.report(dependent, 'ownershipNotReachable', { data: { option } });
}

function check(ctx: RuleContext): void {
  const { pulumi } = ctx;
  const aclsByBucket = new Map<Resource, Resource[]>();
  for (const acl of pulumi.resources(...ACL_TYPES)) {
    const bucket = resourceOfArg(pulumi, acl, 'bucket');
    if (bucket && BUCKET_TYPES.includes(bucket.type)) aclsByBucket.set(bucket, [...(aclsByBucket.get(bucket) ?? []), acl]);
  }
  const cloudFront = new Map(legacyLogTargets(pulumi).map((t) => [t.bucket, t.distributions]));
  for (const [bucket, distributions] of cloudFront) checkCloudFrontTarget(ctx, bucket, distributions, aclsByBucket.get(bucket) ?? []);
  for (const bucket of pulumi.resources(...BUCKET_TYPES)) {
    if (cloudFront.has(bucket)) continue;
    const ownership = ownershipOf(pulumi, bucket);
    if (ownership.kind === 'unknown') continue;
    const acls = aclsByBucket.get(bucket) ?? [];
    if (ownership.kind === 'enabled') {
      for (const acl of missingDependsOn(acls, ownership.controls)) reportDependsOn(ctx, bucket, ownership.controls, acl);
    } else {
      for (const acl of acls) checkAclResource(ctx, acl, ownership);
    }
    checkInlineAcl(ctx, bucket, ownership.kind !== 'enabled');
  }
}

export default defineRule({
  meta: {
    id: 's3-acl-owner-enforced',
    title: 'Bucket ACL on a bucket with ACLs disabled',
    description: 'Removes private ACLs from buckets whose object ownership is BucketOwnerEnforced (the default), and enables ACLs (BucketOwnerPreferred) on CloudFront standard-logging buckets',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      removePrivateAcl:
        'This bucket has ACLs disabled (object ownership {{ownership}}), so setting its ACL fails with AccessControlListNotSupported; the private ACL only asks for what the bucket enforces anyway: removed. Control access with the bucket policy and IAM',
      privateAclReferenced:
        'This bucket has ACLs disabled (object ownership {{ownership}}), so setting its ACL fails with AccessControlListNotSupported; the private ACL is not needed, but other code refers to {{name}}: remove the resource and those references',
      aclNotAllowed:
        'This bucket has ACLs disabled (object ownership {{ownership}}), so setting the {{acl}} ACL fails with AccessControlListNotSupported: grant that access with the bucket policy instead, or, if the ACL is required, add an aws.s3.BucketOwnershipControls with objectOwnership "BucketOwnerPreferred" and make the ACL depend on it',
      dropInlinePrivateAcl:
        'Buckets have ACLs disabled (object ownership BucketOwnerEnforced, the default since April 2023) and the inline `acl` argument is deprecated: `private` only asks for what the bucket enforces anyway, removed',
      inlineAclNotAllowed:
        'Buckets are created with ACLs disabled (object ownership BucketOwnerEnforced, the default since April 2023), so creating this one with {{acl}} fails with InvalidBucketAclWithObjectOwnership: remove it and grant that access with a bucket policy',
      enableAclsForCloudFront:
        'CloudFront standard logging writes through the bucket ACL, and this bucket has ACLs disabled (object ownership {{ownership}}): CloudFront rejects it ("does not enable ACL access"). Its ownership is now BucketOwnerPreferred (aws.s3.BucketOwnershipControls), and its ACL and distribution wait for that',
      cloudFrontNeedsAcls:
        'CloudFront standard logging writes through the bucket ACL, and this bucket has ACLs disabled (object ownership {{ownership}}): CloudFront rejects it ("does not enable ACL access"). Add an aws.s3.BucketOwnershipControls with objectOwnership "BucketOwnerPreferred" for it, and list it in the dependsOn of its ACL and of the distribution',
      dependOnOwnership:
        'This needs the bucket\'s ACLs enabled, which its BucketOwnershipControls does only once it exists: added it to {{option}}',
      ownershipNotReachable:
        'This needs the bucket\'s ACLs enabled, which its BucketOwnershipControls does only once it exists, but that resource is declared later or in another scope: move it before this one and add it to {{option}}',
    },
    fact: 'New S3 buckets have Object Ownership BucketOwnerEnforced (ACLs disabled) since April 2023: bucket ACLs fail with AccessControlListNotSupported. Where ACLs are needed, as for CloudFront standard logging (legacy), the bucket needs BucketOwnershipControls with BucketOwnerPreferred, created before the ACL.',
    sources: [
      'https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-new-bucket.html',
      'awsdocs/amazon-s3-userguide doc_source/object-ownership-error-responses.md',
      'awsdocs/amazon-cloudfront-developer-guide doc_source/AccessLogs.md (permissions required to configure standard logging)',
      'https://www.pulumi.com/guides/how-to/aws-s3-bucket-acl; pulumi-aws docs/version-7-upgrade.md',
      'FACTS.md §3',
    ],
  },
  ts: check,
  py: check,
});

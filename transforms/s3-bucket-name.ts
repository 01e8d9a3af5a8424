/**
 * s3-bucket-name
 *
 * Fact: a general-purpose S3 bucket name is 3 to 63 lowercase letters,
 * digits, "." and "-", begins and ends with a letter or digit, has no "..",
 * is not an IP address and avoids a few reserved prefixes and suffixes
 * (FACTS.md §2.1; S3 User Guide, "General purpose bucket naming rules").
 * `bucketPrefix` must be lowercase and at most 37 characters (@pulumi/aws
 * s3/bucket.d.ts). Without either, Pulumi names the bucket
 * `lower(logical name) + "-" + 7 hex` and fails past 63 characters: it only
 * lowercases, so "_" or a leading "." in the logical name gives an invalid
 * name (FACTS.md §2.2; pulumi-aws AutoNameTransform, pulumi-terraform-bridge
 * NewUniqueName). Bucket and BucketV2 take the same arguments in v6 and v7
 * (§4.1).
 */
import { namingProblems, repairName, repairText, unrepairableReason, type NameRole } from '../lib/aws/s3-bucket-names';
import { defineRule } from '../lib/define-rule';
import { nodeType, type Prop, type PulumiFile, type Resource, type Value, type ValuePart } from '../lib/pulumi/model';
import type { Language, RuleContext } from '../lib/rule';
import { applyEdits, insertAt, type Edit } from '../lib/text/edits';

const LOWERCASING_METHODS = new Set(['toLowerCase', 'toLocaleLowerCase', 'lower', 'casefold']);
/** Builders of a Pulumi Output from string pieces: the result has no `.toLowerCase()`, only `.apply`. */
const OUTPUT_TEMPLATES = new Set(['pulumi.interpolate']);
const OUTPUT_CONCATS = new Set(['pulumi.concat', 'pulumi.Output.concat']);
/** Values that are as the user or the CLI typed them: stack, project and organization names, config, environment. */
const MIXED_CASE_CALLS = new Set(['pulumi.getStack', 'pulumi.get_stack', 'pulumi.getProject', 'pulumi.get_project', 'pulumi.getOrganization', 'pulumi.get_organization']);
const CONFIG_METHODS = new Set(['get', 'require', 'getSecret', 'requireSecret', 'get_secret', 'require_secret']);
/**
 * Names that conventionally carry a stack, project or environment name read
 * from config or the environment (`environmentSuffix`, `stack_name`,
 * `args.stage`); a demanding reader would not want every interpolation
 * lowercased, so only these and the sources above are.
 */
const MIXED_CASE_NAME = /stack|project|env|stage|suffix/i;

type Case = 'mixed' | 'lower' | 'unknown';

/** A name expression split into what can be repaired in place and what must be lowercased as a whole. */
interface NameShape {
  /** the expression without an existing lowercasing call around it */
  inner: Value;
  lowered: boolean;
  /** whether `inner` is a Pulumi Output (lowercased through `.apply`) */
  output: boolean;
  parts: ValuePart[];
}

function check(ctx: RuleContext): void {
  for (const bucket of ctx.pulumi.resources('aws.s3.Bucket', 'aws.s3.BucketV2')) {
    const explicit = [bucket.arg('bucket'), bucket.arg('bucketPrefix')].filter((p): p is Prop => p !== undefined);
    for (const prop of explicit) checkExplicitName(ctx, prop, prop.key === 'bucket' ? 'bucket' : 'prefix');
    if (explicit.length === 0 && isAutoNamed(bucket)) checkLogicalName(ctx, bucket);
  }
}

// ---- explicit `bucket` / `bucketPrefix` ----

function checkExplicitName(ctx: RuleContext, prop: Prop, role: NameRole): void {
  const bound = variableValue(ctx.pulumi, prop.value);
  const value = bound ?? prop.value;
  const where = bound ? `${prop.value.path()?.[0]} = ` : '';
  if (value.kind === 'string') checkLiteral(ctx, prop, value, role, where);
  else checkTemplate(ctx, prop, value, role, where);
}

/** `bucket: bucketName` where `const bucketName = "..."`: the value bound to the name, so that it is repaired where it is written. */
function variableValue(pulumi: PulumiFile, value: Value): Value | undefined {
  const name = value.kind === 'name' ? value.path()?.[0] : undefined;
  return name === undefined ? undefined : pulumi.variable(name, value)?.value;
}

/** `where` names the variable the value was read from ('bucketName = '), for messages. */
function checkLiteral(ctx: RuleContext, prop: Prop, value: Value, role: NameRole, where: string): void {
  const name = value.string ?? '';
  const problems = namingProblems(name, role);
  const reason = unrepairableReason(name, role);
  const data = { key: prop.key, old: where + value.text };
  if (reason) {
    ctx.report(prop, 'unrepairable', { data: { ...data, reason } });
    return;
  }
  if (problems.length === 0) return;
  const fixed = repairName(name, role);
  const [part] = value.parts();
  // escapes in the source, or a repair that would reach the unconfirmed "-an" suffix, are left to a human
  const fixable = part?.kind === 'literal' && part.text === name && !touchesAnSuffix(name, fixed) && !unrepairableReason(fixed, role);
  const edits = fixable ? [{ start: part.start, end: part.end, text: fixed }] : [];
  ctx.report(prop, messageFor(role), {
    data: { ...data, problems: problems.join(', '), new: fixable ? where + rewritten(value, edits) : 'a valid name' },
    fix: fixable ? () => edits : undefined,
  });
}

function messageFor(role: NameRole): string {
  return role === 'prefix' ? 'prefix' : 'bucket';
}

function touchesAnSuffix(name: string, fixed: string): boolean {
  return /-an$/i.test(name) && !fixed.endsWith('-an');
}

function checkTemplate(ctx: RuleContext, prop: Prop, value: Value, role: NameRole, where: string): void {
  const shape = nameShape(value);
  if (!shape) return;
  const { edits, problems } = repairLiteralParts(shape.parts, role, shape.lowered);
  const source = shape.lowered ? undefined : mixedCaseInterpolation(ctx.pulumi, shape.parts);
  if (source) edits.push(...lowercase(shape, ctx.language));
  if (edits.length === 0) return;
  const data = { key: prop.key, old: where + value.text, new: where + rewritten(value, edits) };
  ctx.report(prop, problems.length > 0 ? messageFor(role) : 'mayBeUppercase', {
    data: { ...data, problems: problems.join(', '), source: source ?? '' },
    fix: () => edits,
  });
}

/** Sees through `.toLowerCase()` / `.lower()` / `.apply(s => s.toLowerCase())`, and knows the pieces of templates and Output builders. */
function nameShape(value: Value): NameShape | undefined {
  const call = value.asCall();
  const lowering = call?.receiver && (LOWERCASING_METHODS.has(call.method ?? '') || (call.method === 'apply' && call.args.some(isLowercasingCallback)));
  const inner = lowering && call?.receiver ? call.receiver : value;
  const qualified = inner.qualifiedName();
  if (inner.kind === 'string' || inner.kind === 'template' || OUTPUT_TEMPLATES.has(qualified ?? '')) {
    return { inner, lowered: !!lowering, output: OUTPUT_TEMPLATES.has(qualified ?? ''), parts: inner.parts() };
  }
  if (OUTPUT_CONCATS.has(qualified ?? '')) {
    const parts = (inner.asCall()?.args ?? []).flatMap((arg): ValuePart[] => (arg.kind === 'string' || arg.kind === 'template' ? arg.parts() : [{ kind: 'expression', start: arg.start, end: arg.end, value: arg }]));
    return { inner, lowered: !!lowering, output: true, parts };
  }
  return undefined;
}

function isLowercasingCallback(callback: Value): boolean {
  return /\b(toLowerCase|toLocaleLowerCase|lower|casefold)\s*\(/.test(callback.text);
}

/** Repairs each literal piece that breaks the rules (in place, keeping the interpolations). */
function repairLiteralParts(parts: ValuePart[], role: NameRole, keepCase: boolean): { edits: Edit[]; problems: string[] } {
  const edits: Edit[] = [];
  const problems = new Set<string>();
  parts.forEach((part, i) => {
    if (part.kind !== 'literal') return;
    const edges = { atStart: i === 0, atEnd: i === parts.length - 1 };
    const found = namingProblems(part.text, role, { keepCase, edges });
    if (found.length === 0) return;
    found.forEach((p) => problems.add(p));
    edits.push({ start: part.start, end: part.end, text: repairText(part.text, role, { keepCase, edges }) });
  });
  return { edits, problems: [...problems] };
}

/** `x.toLowerCase()`, `(a + b).lower()`, or `.apply(s => s.toLowerCase())` for an Output. */
function lowercase(shape: NameShape, language: Language): Edit[] {
  const { inner } = shape;
  const call = shape.output ? (language === 'ts' ? '.apply((s) => s.toLowerCase())' : '.apply(lambda s: s.lower())') : language === 'ts' ? '.toLowerCase()' : '.lower()';
  const concatenation = ['BinaryExpression', 'binary_operator'].includes(nodeType(inner));
  return concatenation ? [insertAt(inner.start, '('), insertAt(inner.end, `)${call}`)] : [insertAt(inner.end, call)];
}

/** The text of the first interpolated expression that may hold uppercase letters. */
function mixedCaseInterpolation(pulumi: PulumiFile, parts: ValuePart[]): string | undefined {
  for (const part of parts) if (part.kind === 'expression' && part.value && caseOf(pulumi, part.value) === 'mixed') return part.value.text;
  return undefined;
}

/**
 * Whether an interpolated expression may hold uppercase letters: literals
 * are read, names are followed one level, and stack/project names, config
 * and environment values (or names that conventionally hold them) count as
 * typed by a human. Everything else (ids, regions, account ids) is left.
 */
function caseOf(pulumi: PulumiFile, value: Value, followed = false): Case {
  if (value.kind === 'string') return /[A-Z]/.test(value.string ?? '') ? 'mixed' : 'lower';
  if (value.kind === 'template') {
    const cases = value.parts().map((p) => (p.kind === 'literal' ? (/[A-Z]/.test(p.text) ? 'mixed' : 'lower') : p.value ? caseOf(pulumi, p.value, followed) : 'unknown'));
    return cases.includes('mixed') ? 'mixed' : cases.every((c) => c === 'lower') ? 'lower' : 'unknown';
  }
  if (isMixedCaseSource(value)) return 'mixed';
  const call = value.asCall();
  if (call && LOWERCASING_METHODS.has(call.method ?? '')) return 'lower';
  if (value.kind !== 'name' && value.kind !== 'member') return 'unknown';
  const bound = followed ? undefined : variableValue(pulumi, value);
  const known = bound ? caseOf(pulumi, bound, true) : 'unknown';
  if (known !== 'unknown') return known;
  const last = value.path()?.at(-1) ?? '';
  return MIXED_CASE_NAME.test(last) && pulumi.resourceOf(value) === undefined ? 'mixed' : 'unknown';
}

function isMixedCaseSource(value: Value): boolean {
  if (/^(process\.env|os\.environ)\b/.test(value.text)) return true;
  const call = value.asCall();
  if (!call) return false;
  if (MIXED_CASE_CALLS.has(value.qualifiedName() ?? '')) return true;
  const callee = call.callee.path()?.join('.');
  if (callee === 'os.getenv') return true;
  return CONFIG_METHODS.has(call.method ?? '') && /config|cfg/i.test(call.receiver?.text ?? '');
}

// ---- auto-named buckets: the logical name ----

/** No `bucket`/`bucketPrefix` anywhere in the arguments (a spread could hide one). */
function isAutoNamed(bucket: Resource): boolean {
  const args = bucket.args;
  if (!args) return true;
  return args.kind === 'object' && !args.hasSpread();
}

function checkLogicalName(ctx: RuleContext, bucket: Resource): void {
  const name = bucket.name;
  if (!name) return;
  if (name.kind === 'string') checkLogicalLiteral(ctx, name);
  else if (name.kind === 'template') checkLogicalTemplate(ctx, name);
}

function checkLogicalLiteral(ctx: RuleContext, name: Value): void {
  const text = name.string ?? '';
  const reason = unrepairableReason(text, 'logical');
  if (reason) {
    ctx.report(name, 'logicalUnrepairable', { data: { old: name.text, reason } });
    return;
  }
  const problems = namingProblems(text, 'logical');
  if (problems.length === 0) return;
  const [part] = name.parts();
  const fixable = part?.kind === 'literal' && part.text === text;
  const edits = fixable ? [{ start: part.start, end: part.end, text: repairName(text, 'logical') }] : [];
  ctx.report(name, 'logicalName', {
    data: { old: name.text, new: fixable ? rewritten(name, edits) : 'a valid name', problems: problems.join(', ') },
    fix: fixable ? () => edits : undefined,
  });
}

function checkLogicalTemplate(ctx: RuleContext, name: Value): void {
  const { edits, problems } = repairLiteralParts(name.parts(), 'logical', true);
  if (edits.length === 0) return;
  ctx.report(name, 'logicalName', {
    data: { old: name.text, new: rewritten(name, edits), problems: problems.join(', ') },
    fix: () => edits,
  });
}

/** The value's source text after the edits (for messages). */
function rewritten(value: Value, edits: Edit[]): string {
  return applyEdits(value.text, edits.map((e) => ({ ...e, start: e.start - value.start, end: e.end - value.start })));
}

export default defineRule({
  meta: {
    id: 's3-bucket-name',
    title: 'S3 bucket name that S3 or Pulumi autonaming rejects',
    description: 'Repairs bucket names and logical names of auto-named buckets that break the S3 naming rules; lowercases names built from stack, project or config values',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      bucket:
        'S3 bucket names are 3-63 lowercase letters, digits, "." and "-", begin and end with a letter or digit and have no "..": `{{key}}` {{old}} has {{problems}}; it becomes {{new}}',
      prefix: 'A bucket prefix must be lowercase, at most 37 characters of letters, digits, "." and "-", and begin with a letter or digit: `{{key}}` {{old}} has {{problems}}; it becomes {{new}}',
      mayBeUppercase: 'S3 bucket names must be lowercase, and {{source}} may hold uppercase letters (stack, project and config values often do): `{{key}}` {{old}} becomes {{new}}',
      unrepairable: 'S3 rejects `{{key}}` {{old}}: {{reason}}; choose another name',
      logicalName:
        'This bucket has no `bucket` or `bucketPrefix`, so Pulumi names it after its logical name, lowercased, plus "-" and 7 hex characters; {{old}} has {{problems}}, so S3 rejects the name. It becomes {{new}}; a new logical name replaces the bucket on a stack that is already deployed',
      logicalUnrepairable: 'This bucket has no `bucket` or `bucketPrefix`, so Pulumi names it after its lowercased logical name {{old}}, and S3 rejects it: {{reason}}; choose another logical name',
    },
    fact: 'S3 bucket names are 3-63 characters of lowercase letters, digits, "." and "-", begin and end with a letter or digit, contain no "..", are not IP addresses and avoid reserved prefixes and suffixes; bucketPrefix must be lowercase and at most 37 characters; without either, Pulumi names a bucket lower(logical name) + "-" + 7 hex characters, so a logical name with "_", a leading "." or "-", or more than 55 characters fails.',
    sources: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
      '@pulumi/aws 7.x s3/bucket.d.ts (bucketPrefix: "Must be lowercase and less than or equal to 37 characters")',
      'pulumi/pulumi-aws provider/resources.go (AutoNameTransform("bucket", 63, strings.ToLower)) and pulumi-terraform-bridge resource.NewUniqueName',
    ],
  },
  ts: check,
  py: check,
});

/**
 * The S3 side resources that replace a bucket's inline settings
 * (BucketVersioning, BucketServerSideEncryptionConfiguration, ...), written
 * next to the bucket they configure. Shared by s3-inline-bucket-config,
 * s3-encryption-args-shape and s3-default-encryption.
 *
 * Class names per provider major: FACTS.md §4.1-4.2 (@pulumi/aws 6.83.4 and
 * 7.48.0 `s3/index.d.ts`): v7 added the un-suffixed names, v6 only has the
 * `...V2` ones (BucketPolicy is the same in both). Python `*Args` class names
 * are read from the generated provider schema (an input type `s3.X` is the
 * Python class `X` + `Args`).
 *
 * A new resource is described as a tree of `Spec`s (objects, lists, new
 * strings, expressions copied from the program) and printed in the file's
 * language and layout: its indentation, quotes, semicolons and trailing
 * commas; TS object literals, Python dicts, or Python `*Args(...)` classes.
 */
import type { Prop, PulumiFile, Resource, Value } from '../pulumi/model';
import type { Language, RuleContext } from '../rule';
import { insertAt, type Edit } from '../text/edits';
import { eolOf, indentOf, indentUnitOf, isFirstOnLine, lineEndOf, lineStartOf } from '../text/layout';
import { unusedName } from '../text/names';
import { requote } from '../text/strings';
import { camelToSnake } from '../pulumi/py/names';
import { providerSchema, type Major, type ProviderSchema } from './schema';
import { decodeField, type Fields } from './schema-table';

export const BUCKET_TYPES = ['aws.s3.Bucket', 'aws.s3.BucketV2'];

/** v7 class name → its v6 name and the word that names the new resource and variable. */
const SIDE_CLASSES = {
  BucketVersioning: { v6: 'BucketVersioningV2', word: 'versioning' },
  BucketServerSideEncryptionConfiguration: { v6: 'BucketServerSideEncryptionConfigurationV2', word: 'encryption' },
  BucketLifecycleConfiguration: { v6: 'BucketLifecycleConfigurationV2', word: 'lifecycle' },
  BucketLogging: { v6: 'BucketLoggingV2', word: 'logging' },
  BucketWebsiteConfiguration: { v6: 'BucketWebsiteConfigurationV2', word: 'website' },
  BucketCorsConfiguration: { v6: 'BucketCorsConfigurationV2', word: 'cors' },
  BucketAccelerateConfiguration: { v6: 'BucketAccelerateConfigurationV2', word: 'accelerate' },
  BucketRequestPaymentConfiguration: { v6: 'BucketRequestPaymentConfigurationV2', word: 'request-payment' },
  BucketPolicy: { v6: 'BucketPolicy', word: 'policy' },
} as const;

export type SideClass = keyof typeof SIDE_CLASSES;

export const SIDE_CLASS_NAMES = Object.keys(SIDE_CLASSES) as SideClass[];

export const ENCRYPTION_TYPES = ['aws.s3.BucketServerSideEncryptionConfiguration', 'aws.s3.BucketServerSideEncryptionConfigurationV2'];

/** A bucket's inline encryption: v6/v7 Bucket, v6 BucketV2. */
export const INLINE_ENCRYPTION_KEYS = ['serverSideEncryptionConfiguration', 'serverSideEncryptionConfigurations'];

/** Classes that @pulumi/aws v7 added (FACTS.md §4.1): a file that uses one targets v7. */
const V7_ONLY = new Set([
  ...SIDE_CLASS_NAMES.filter((name) => name !== 'BucketPolicy'),
  'BucketAcl',
  'BucketMetadataConfiguration',
  'BucketObjectLockConfiguration',
]);

/** The S3 class names a file writes: its resources, and its Python `*Args(...)` calls. */
function s3NamesUsed(pulumi: PulumiFile): string[] {
  const resources = pulumi.allResources().filter((r) => r.module === 'aws.s3').map((r) => r.className);
  const argsClasses = pulumi.language === 'py' ? pulumi.expressions('object').map((v) => v.qualifiedName() ?? '').filter((q) => q.startsWith('aws.s3.')).map((q) => q.slice('aws.s3.'.length)) : [];
  return [...resources, ...argsClasses];
}

/** The major a file's own S3 names suggest, computed once per parsed file (every finding asks). */
const inferred = new WeakMap<PulumiFile, Major>();

function majorOfFile(pulumi: PulumiFile): Major {
  let major = inferred.get(pulumi);
  if (major === undefined) {
    const names = s3NamesUsed(pulumi);
    major = names.some((n) => V7_ONLY.has(n)) ? 7 : names.some((n) => n.includes('V2')) ? 6 : 7;
    inferred.set(pulumi, major);
  }
  return major;
}

/**
 * The provider major the new resources are written for: the option
 * (`--aws-provider` or the project's manifest), else what the file already
 * uses (a v7-only class ⇒ 7, any `...V2` class ⇒ 6), else 7.
 */
export function s3Major(ctx: Pick<RuleContext, 'options' | 'pulumi'>): Major {
  return ctx.options.awsProvider ?? majorOfFile(ctx.pulumi);
}

/**
 * Whether the bucket is v6's legacy `aws.s3.Bucket`. Its inline settings are
 * not deprecated, and unlike v7 Bucket and v6 BucketV2 ("the provider will
 * only perform drift detection if a configuration value is provided") its
 * docs do not say that removing one leaves AWS as it is: on a deployed stack
 * the setting may be cleared before the new resource writes it back.
 */
export function isLegacyBucket(ctx: Pick<RuleContext, 'options' | 'pulumi'>, bucket: Resource): boolean {
  return bucket.type === 'aws.s3.Bucket' && s3Major(ctx) === 6;
}

export function sideClassName(side: SideClass, major: Major): string {
  return major === 6 ? SIDE_CLASSES[side].v6 : side;
}

/** The class a finding names: 'aws.s3.BucketVersioningV2'. */
export function sideResourceName(ctx: Pick<RuleContext, 'options' | 'pulumi'>, side: SideClass): string {
  return `aws.s3.${sideClassName(side, s3Major(ctx))}`;
}

// ---------------------------------------------------------------- specs

/** What a new resource's arguments hold: camelCase keys, values copied or new. */
export type Spec =
  /** an expression of the program, copied as written */
  | { kind: 'copy'; value: Value }
  /** a new string literal */
  | { kind: 'string'; text: string }
  /** a new expression, in the file's language */
  | { kind: 'code'; text: string }
  /** one of two new strings, chosen by an expression of the program */
  | { kind: 'choice'; condition: Value; whenTrue: string; whenFalse: string }
  | { kind: 'object'; entries: Entry[] }
  | { kind: 'list'; items: Spec[] };

export type Entry = readonly [key: string, value: Spec];

export const copy = (value: Value): Spec => ({ kind: 'copy', value });
export const str = (text: string): Spec => ({ kind: 'string', text });
export const code = (text: string): Spec => ({ kind: 'code', text });
export const choice = (condition: Value, whenTrue: string, whenFalse: string): Spec => ({ kind: 'choice', condition, whenTrue, whenFalse });
export const obj = (entries: Entry[]): Spec => ({ kind: 'object', entries });
export const list = (items: Spec[]): Spec => ({ kind: 'list', items });

// ---------------------------------------------------------------- reading inline values

/**
 * The bucket's arguments when they are written in its own constructor call; a
 * TS args object bound to a name may be shared with other buckets, so its
 * settings are not this bucket's to move.
 */
export function ownArgs(bucket: Resource): Value | undefined {
  const args = bucket.args;
  return args && args.start >= bucket.start && args.end <= bucket.end ? args : undefined;
}

/** An inline block as one object: itself, or the only element of a one-item list (v6 BucketV2's plural blocks). */
export function single(value: Value): Value | undefined {
  if (value.kind === 'object') return value;
  const items = value.kind === 'array' && !value.hasSpread() ? value.elements() : [];
  return items.length === 1 && items[0].kind === 'object' ? items[0] : undefined;
}

/**
 * The entries of an object literal, dict or `*Args(...)` call by camelCase
 * key; undefined when it has a spread or a key outside `known`.
 */
export function readObject(value: Value, known: readonly string[]): Map<string, Value> | undefined {
  if (value.kind !== 'object' || value.hasSpread()) return undefined;
  const byKey = new Map(known.map((k) => [camelToSnake(k), k]));
  const out = new Map<string, Value>();
  for (const prop of value.props()) {
    const key = byKey.get(camelToSnake(prop.key));
    if (!key) return undefined;
    out.set(key, prop.value);
  }
  // a Python `*Args(...)` call with positional arguments says more than its keywords
  return value.asCall()?.args.length ? undefined : out;
}

/** An object whose keys are all in `known`, as a Spec copying each value; undefined otherwise. */
export function copyObject(value: Value, known: readonly string[]): Spec | undefined {
  const entries = readObject(value, known);
  return entries && obj([...entries].map(([k, v]) => [k, copy(v)] as const));
}

/** The module prefix of a Python `*Args(...)` value or of a list's first one (`aws.s3.`), when written with one. */
export function argsPrefix(value: Value): string | undefined {
  const first = value.kind === 'array' ? value.elements()[0] : value;
  // an `*Args(...)` call is an object; `json.dumps(...)` is not
  const callee = first?.kind === 'object' ? first.asCall()?.callee.text : undefined;
  const dot = callee?.lastIndexOf('.') ?? -1;
  return callee && dot > 0 ? callee.slice(0, dot + 1) : undefined;
}

/**
 * The value of an inline setting, following a name bound once to a literal
 * (`server_side_encryption_configuration=sse_config`, or v6 BucketV2's
 * `[sse_config]`): the literal, and the edit that removes the binding when
 * the setting is its only reader; undefined when the name cannot be followed.
 */
export function inlineValue(pulumi: PulumiFile, value: Value): { value: Value; removeBinding?: Edit } | undefined {
  const items = value.kind === 'array' && !value.hasSpread() ? value.elements() : [];
  const name = value.kind === 'name' ? value : items.length === 1 && items[0].kind === 'name' ? items[0] : undefined;
  if (!name) return { value };
  const variable = pulumi.variable(name.text, name);
  if (!variable || !['object', 'array'].includes(variable.value.kind)) return undefined;
  const removal = variable.references.length === 1 ? variable.remove() : undefined;
  return removal ? { value: variable.value, removeBinding: removal } : undefined;
}

/** Removes an inline setting from the bucket's arguments; a TS object left empty becomes `{}` rather than an empty pair of lines. */
export function removeInline(bucket: Resource, prop: Prop): Edit {
  const args = bucket.args;
  const alone = args && args.kind === 'object' && !args.hasSpread() && args.props().length === 1 && args.text.startsWith('{');
  return alone ? args.replace('{}') : prop.remove();
}

// ---------------------------------------------------------------- printing

interface Layout {
  eol: string;
  unit: string;
  quote: string;
  semicolon: boolean;
  trailingComma: boolean;
}

/** How the file writes code, read around the bucket. */
function layoutOf(ctx: RuleContext, bucket: Resource): Layout {
  const { source } = ctx;
  const quoted = (values: Value[]) => values.find((s) => /^[A-Za-z]*["']/.test(s.text));
  const literal = quoted(bucket.args?.descendants('string') ?? []) ?? quoted(ctx.pulumi.expressions('string'));
  const quote = literal ? (/["']/.exec(literal.text) as RegExpExecArray)[0] : '"';
  const args = bucket.args?.text.trimEnd() ?? '';
  const multiLine = args.includes('\n');
  return {
    eol: eolOf(source),
    unit: indentStepOf(source, ctx.language, bucket),
    quote,
    semicolon: source.slice(bucket.statement.start, bucket.statement.end).trimEnd().endsWith(';'),
    trailingComma: multiLine ? /,\s*$/.test(args.slice(0, -1)) : true,
  };
}

/**
 * The indentation step as the bucket's own arguments show it (the first one
 * on its own line, against the statement), else the file's. Arguments
 * aligned with the opening parenthesis say nothing about the step.
 */
function indentStepOf(source: string, language: Language, bucket: Resource): string {
  const base = indentOf(source, bucket.statement.start);
  const first = [bucket.name, ...(bucket.args?.props() ?? [])].find((v) => v && isFirstOnLine(source, v.start));
  const indent = first && indentOf(source, first.start);
  const step = indent && indent.startsWith(base) ? indent.slice(base.length) : '';
  if (/^(\t| {2}| {4})$/.test(step)) return step;
  // a file with no indented line at all: the language's convention (PEP 8 for Python)
  return /\n[ \t]+\S/.test(source) || language === 'ts' ? indentUnitOf(source) : '    ';
}

class Printer {
  private loaded: ProviderSchema | undefined;

  constructor(
    private readonly ctx: RuleContext,
    private readonly layout: Layout,
    private readonly major: Major,
    /** Python: print objects as `*Args(...)` classes under this module prefix (`aws.s3.`) */
    private readonly argsModule: string | undefined,
  ) {}

  string(text: string): string {
    return requote(this.layout.quote, text);
  }

  /** The arguments of an S3 resource class, when objects are printed as Python `*Args` classes (which the fields name). */
  argsOf(resourceClass: string): Fields | undefined {
    return this.argsModule ? this.schema().resourceArgs('s3', resourceClass) : undefined;
  }

  /** The fields of an input type (`s3.BucketVersioningVersioningConfiguration`), when objects are printed as `*Args` classes. */
  fieldsOf(typeName: string | undefined): Fields | undefined {
    return this.argsModule && typeName ? this.schema().inputType(typeName) : undefined;
  }

  private schema(): ProviderSchema {
    this.loaded ??= providerSchema(this.major);
    return this.loaded;
  }

  key(key: string, argsStyle: boolean): string {
    if (this.ctx.language === 'ts') return `${key}: `;
    const snake = camelToSnake(key);
    return argsStyle ? `${snake}=` : `${this.string(snake)}: `;
  }

  /**
   * A value at `indent` (the indentation of the line it starts on), after
   * `lead` characters of that line; `type` is its input type, when known.
   */
  spec(spec: Spec, indent: string, lead: number, type?: string): string {
    switch (spec.kind) {
      case 'copy':
        return reindent(this.ctx.source, spec.value, indent);
      case 'string':
        return this.string(spec.text);
      case 'code':
        return spec.text;
      case 'choice': {
        const [condition, yes, no] = [spec.condition.text, this.string(spec.whenTrue), this.string(spec.whenFalse)];
        return this.ctx.language === 'ts' ? `${condition} ? ${yes} : ${no}` : `${yes} if ${condition} else ${no}`;
      }
      case 'list':
        return this.bracketed('[', ']', spec.items.map((item) => (inner: string) => this.spec(item, inner, inner.length, type)), indent, lead, spec.items.some((i) => i.kind === 'object'));
      case 'object': {
        const fields = this.fieldsOf(type);
        const className = fields && type ? `${this.argsModule}${type.slice(type.indexOf('.') + 1)}Args` : undefined;
        const items = spec.entries.map(([key, value]) => (inner: string) => this.entry(key, value, inner, !!className, fields));
        if (className) return this.bracketed(`${className}(`, ')', items, indent, lead, false);
        return this.ctx.language === 'ts' ? this.bracketed('{ ', ' }', items, indent, lead, false) : this.bracketed('{', '}', items, indent, lead, false);
      }
    }
  }

  /** `key: value` / `"key": value` / `key=value` on a line indented by `indent`. */
  entry(key: string, value: Spec, indent: string, argsStyle: boolean, fields: Fields | undefined): string {
    const written = this.key(key, argsStyle);
    return written + this.spec(value, indent, indent.length + written.length, childType(fields, key));
  }

  /** Items inside brackets: on one line when it fits the width (Prettier's 80, Black's 88), else one per line. */
  bracketed(open: string, close: string, items: ((indent: string) => string)[], indent: string, lead: number, forceLines: boolean): string {
    if (items.length === 0) return `${open.trim()}${close.trim()}`;
    const inner = indent + this.layout.unit;
    const oneLine = `${open}${items.map((item) => item(inner)).join(', ')}${close}`;
    const width = this.ctx.language === 'ts' ? 80 : 88;
    // the closing `,` or `)` of the line counts too
    if (!forceLines && !oneLine.includes('\n') && lead + oneLine.length < width) return oneLine;
    const { eol } = this.layout;
    const lines = items.map((item) => `${inner}${item(inner)}`);
    return `${open.trim()}${eol}${lines.join(`,${eol}`)}${this.layout.trailingComma ? ',' : ''}${eol}${indent}${close.trim()}`;
  }
}

function childType(fields: Fields | undefined, key: string): string | undefined {
  const code = fields?.[key];
  return code === undefined ? undefined : decodeField(code).type;
}

/**
 * An expression's text moved to lines indented by `indent`: its continuation
 * lines keep their depth relative to its first line. Text holding a
 * multi-line string is left as it is (its bytes are the string's value).
 */
function reindent(source: string, value: Value, indent: string): string {
  const text = value.text;
  if (!text.includes('\n')) return text;
  const strings = [...value.descendants('string'), ...value.descendants('template')];
  if (strings.some((s) => s.text.includes('\n'))) return text;
  const from = indentOf(source, value.start);
  return text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(from) ? indent + line.slice(from.length) : line))
    .join('\n');
}

/** A new value in place of `at`, an expression inside `resource`'s arguments (Python objects as dicts). */
export function printInPlace(ctx: RuleContext, resource: Resource, at: Value, spec: Spec): string {
  const indent = indentOf(ctx.source, at.start);
  return new Printer(ctx, layoutOf(ctx, resource), s3Major(ctx), undefined).spec(spec, indent, at.start - lineStartOf(ctx.source, at.start));
}

// ---------------------------------------------------------------- placing

/** A new resource: its class (v7 name), its arguments after `bucket`, and the Python `*Args` module when the file writes classes. */
export interface SideResource {
  side: SideClass;
  args: Entry[];
  argsModule?: string;
}

export interface Placement {
  /** the edits that bind the bucket when needed and write the resource after it */
  add(resource: SideResource): Edit[];
}

export type PlacementResult = { ok: true; placement: Placement } | { ok: false; reason: string };

const fail = (reason: string): PlacementResult => ({ ok: false, reason });

/** The bucket's constructor call: the expression whose callee names its class. */
function constructorCall(bucket: Resource): Value | undefined {
  for (let v = bucket.name?.parent(); v; v = v.parent()) {
    if (v.kind === 'call' && v.start === bucket.start) return v;
    if (v.start < bucket.start) return undefined;
  }
  return undefined;
}

/**
 * The options a new resource copies from its bucket, as written: `parent`
 * (a component's children stay in its tree) and `provider` (the bucket's
 * region and account); undefined when the options cannot be read.
 */
function copiedOptions(source: string, bucket: Resource): string[] | undefined {
  const options = bucket.options;
  if (!options || options.kind === 'null') return [];
  if (options.kind === 'name') return undefined;
  const kept: string[] = [];
  for (const name of ['parent', 'provider']) {
    const sets = bucket.setsOption(name);
    const prop = bucket.option(name);
    // undefined: a merge call, `**kwargs`, a positional parent; set but not found: through a spread
    if (sets === undefined || (sets && !prop)) return undefined;
    if (prop) kept.push(source.slice(prop.start, prop.end));
  }
  return kept;
}

function optionsText(ctx: RuleContext, bucket: Resource, copied: string[]): string | undefined {
  if (copied.length === 0) return undefined;
  if (ctx.language === 'ts') return `{ ${copied.join(', ')} }`;
  return `${bucket.options?.asCall()?.callee.text}(${copied.join(', ')})`;
}

/** The statement after which new resources go: the bucket's, or the last of the side resources that directly follow it. */
function anchorOf(ctx: RuleContext, bucket: Resource): { start: number; end: number } {
  let anchor = bucket.statement;
  const targets = (r: Resource) => {
    const ref = r.arg('bucket')?.value;
    return ref !== undefined && ctx.pulumi.resourceOf(ref) === bucket;
  };
  const followers = ctx.pulumi
    .allResources()
    .filter((r) => r.statement.start >= anchor.end && r.module === 'aws.s3' && targets(r))
    .sort((a, b) => a.statement.start - b.statement.start);
  for (const follower of followers) {
    if (!/^[\s;]*$/.test(ctx.source.slice(anchor.end, follower.statement.start))) break;
    anchor = follower.statement;
  }
  return anchor;
}

/** The logical name of a new resource: the bucket's, with `-<word>` appended inside its string, or interpolated. */
function derivedName(ctx: RuleContext, name: Value, word: string, quote: string): string {
  const suffix = `-${word}`;
  const text = name.text;
  const closing = /("""|'''|["'`])$/.exec(text);
  if ((name.kind === 'string' || name.kind === 'template') && closing) return text.slice(0, -closing[1].length) + suffix + text.slice(-closing[1].length);
  if (ctx.language === 'ts') return `\`\${${text}}${suffix}\``;
  const q = [quote, quote === '"' ? "'" : '"'].find((c) => !text.includes(c) && !/[\\\n]/.test(text));
  if (q) return `f${q}{${text}}${suffix}${q}`;
  return `${['name', 'member', 'call'].includes(name.kind) ? text : `(${text})`} + ${requote(quote, suffix)}`;
}

/** `bucket` + `versioning` → `bucketVersioning` (TS), `bucket_versioning` (Python). */
function variableName(ctx: RuleContext, binding: string, word: string): string {
  const path = binding.split('.');
  const last = path[path.length - 1];
  const camel = last + word.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const name = unusedName(ctx.source, ctx.language === 'ts' ? camel : camelToSnake(camel));
  return ctx.language === 'py' && path[0] === 'self' && path.length === 2 ? `self.${name}` : name;
}

/**
 * Where and how new side resources of `bucket` can be written, or why they
 * cannot: the bucket must be reachable by a name (or bindable to one), its
 * class written through a module (`aws.s3.Bucket`, `s3.Bucket`), its options
 * readable, and its statement alone at the start of its line.
 */
export function placeAfter(ctx: RuleContext, bucket: Resource): PlacementResult {
  const { source } = ctx;
  const callee = constructorCall(bucket)?.asCall()?.callee.text;
  const dot = callee?.lastIndexOf('.') ?? -1;
  if (!callee || dot <= 0) return fail('the bucket class is imported by name, so the new class would need an import');
  const modulePrefix = callee.slice(0, dot + 1);
  if (!bucket.name) return fail('the bucket has no logical name to derive one from');
  if (!isFirstOnLine(source, bucket.statement.start)) return fail('the bucket statement does not start its own line');
  if (ctx.language === 'ts' && bucket.binding?.startsWith('this.') && !source.startsWith('this.', bucket.statement.start)) return fail('the bucket is a class field');
  const copied = copiedOptions(source, bucket);
  if (!copied) return fail('its resource options are not written out, so the provider and parent to use are unknown');
  let binding = bucket.binding;
  let bindEdits: Edit[] = [];
  if (!binding) {
    binding = unusedName(source, 'bucket');
    const edits = bucket.bind(binding);
    if (!edits) return fail('the bucket is not bound to a name the new resource can refer to');
    bindEdits = edits;
  }
  const major = s3Major(ctx);
  const layout = layoutOf(ctx, bucket);
  const ref = binding;
  const options = optionsText(ctx, bucket, copied);
  const name = bucket.name;
  const placement: Placement = {
    add: (resource) => {
      const printer = new Printer(ctx, layout, major, resource.argsModule);
      const { word } = SIDE_CLASSES[resource.side];
      const statement = printStatement(ctx, printer, layout, {
        className: modulePrefix + sideClassName(resource.side, major),
        variable: variableName(ctx, ref, word),
        logicalName: derivedName(ctx, name, word, layout.quote),
        args: [['bucket', code(`${ref}.id`)], ...resource.args],
        fields: printer.argsOf(sideClassName(resource.side, major)),
        options,
        indent: indentOf(source, bucket.statement.start),
      });
      return [...bindEdits, insertAfter(source, anchorOf(ctx, bucket), statement, layout.eol)];
    },
  };
  return { ok: true, placement };
}

interface StatementParts {
  className: string;
  variable: string;
  logicalName: string;
  args: Entry[];
  fields: Fields | undefined;
  options: string | undefined;
  indent: string;
}

function printStatement(ctx: RuleContext, printer: Printer, layout: Layout, parts: StatementParts): string {
  const { eol, unit } = layout;
  const inner = parts.indent + unit;
  const comma = layout.trailingComma ? ',' : '';
  if (ctx.language === 'ts') {
    const args = parts.args.map(([key, value]) => `${inner}${printer.entry(key, value, inner, false, parts.fields)}`);
    const options = parts.options ? `, ${parts.options}` : '';
    return `${parts.indent}const ${parts.variable} = new ${parts.className}(${parts.logicalName}, {${eol}${args.join(`,${eol}`)}${comma}${eol}${parts.indent}}${options})${layout.semicolon ? ';' : ''}`;
  }
  const args = parts.args.map(([key, value]) => `${inner}${printer.entry(key, value, inner, true, parts.fields)}`);
  const lines = [`${inner}${parts.logicalName}`, ...args, ...(parts.options ? [`${inner}opts=${parts.options}`] : [])];
  return `${parts.indent}${parts.variable} = ${parts.className}(${eol}${lines.join(`,${eol}`)}${comma}${eol}${parts.indent})`;
}

/** Inserts a statement (indented already) on the lines after `anchor`, with a blank line before it when one follows the anchor. */
function insertAfter(source: string, anchor: { start: number; end: number }, statement: string, eol: string): Edit {
  const at = lineEndOf(source, anchor.end);
  const blankFollows = at < source.length && /^[ \t]*(\r?\n|$)/.test(source.slice(at + eol.length));
  return insertAt(at, `${blankFollows ? eol : ''}${eol}${statement}`);
}

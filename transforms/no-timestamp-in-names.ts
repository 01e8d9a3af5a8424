/**
 * no-timestamp-in-names
 *
 * Fact: Pulumi identifies a resource by its logical name (the first
 * argument, part of the URN), and a resource's physical name (`bucket`,
 * `name`, `functionName`, ...) is, for most resources, an input that cannot
 * change in place. A name built from `Date.now()`, `time.time()`,
 * `uuid.uuid4()`... differs on every `pulumi up`: a new logical name is a new
 * resource (the old one is deleted), a new physical name replaces the
 * resource, so each deployment deletes and re-creates it (and S3 buckets,
 * which must be empty to be deleted, collide or are left behind). Unique
 * physical names are what Pulumi's auto-naming gives, with a random suffix
 * kept stable in the state (FACTS.md §2.2). Source: Pulumi docs "Resource
 * names" (https://www.pulumi.com/docs/iac/concepts/resources/names/) and
 * FACTS.md §2.
 */
import type * as t from '@babel/types';
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../lib/define-rule';
import { named, pathOf, unwrapPy } from '../lib/pulumi/py/values';
import type { PulumiFile, Resource, Value, Variable } from '../lib/pulumi/model';
import { memberPath, unwrap } from '../lib/pulumi/ts/values';
import type { Located, RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { walk } from '../lib/ts/walk';

// ---------------------------------------------------------------------------
// The language-neutral part: which values are names, how a name loses its clock

/** Reads of the clock or of a random source: their value differs on every run. */
interface Clock {
  at: Located;
  /** the constants holding a clock value that this expression reads (`timestamp` in `${timestamp}`) */
  uses: VariableUse[];
}

interface VariableUse {
  variable: Variable;
  at: Located;
}

/** A name expression as literal text and interpolated slots (template, f-string, concatenation, `.format`). */
type Piece = { kind: 'text'; raw: string; open: string; close: string } | Slot;

interface Slot {
  kind: 'slot';
  /** the slot as written: `${expr}`, `{expr}`, an operand, a `{}` field */
  text: string;
  clock?: Clock;
  /** the constant a plain-name slot reads, whose own value may hold a clock (`${namePrefix}`) */
  variable?: Variable;
  /** the `.format(...)` argument that fills the slot */
  arg?: Located;
}

interface Shape {
  pieces: Piece[];
  /** the expression printed back from (possibly fewer) pieces; undefined when it cannot be printed safely */
  render(pieces: Piece[]): string | undefined;
}

/** What each language tells the neutral part about its expressions. */
interface Syntax {
  clock(node: unknown): Clock | undefined;
  shape(node: unknown): Shape | undefined;
  /** the first clock anywhere inside an expression, for names the rule cannot rewrite */
  clockWithin(node: unknown): Clock | undefined;
}

/** A name that reads a clock: `text` is its stable version, undefined when none can be made without inventing a name. */
interface Rewrite {
  target: Value;
  text: string | undefined;
  clocks: Clock[];
}

const SEPARATORS = ['-', '_', '.'];
/** Variables are followed this many steps: `bucket: bucketName` → `const bucketName = \`logs-${timestamp}\`` → `const timestamp = Date.now()`. */
const MAX_DEPTH = 3;
/** Named for a snapshot taken when the resource is deleted, not the resource's own name; models make it unique on purpose. */
const NOT_NAMES = new Set(['finalSnapshotIdentifier', 'final_snapshot_identifier']);

/** `bucket`, and keys ending in Name/Prefix/Identifier: `functionName`, `bucket_prefix`, `clusterIdentifier`, `name`. */
function isNameKey(key: string): boolean {
  if (NOT_NAMES.has(key)) return false;
  const last = key.split(/_|(?=[A-Z])/).pop()?.toLowerCase();
  return key === 'bucket' || last === 'name' || last === 'prefix' || last === 'identifier';
}

function nameValues(resource: Resource): Value[] {
  const values = resource.name ? [resource.name] : [];
  for (const prop of resource.args?.props() ?? []) if (isNameKey(prop.key)) values.push(prop.value);
  return values;
}

function endsWithSeparator(raw: string): boolean {
  return SEPARATORS.includes(raw[raw.length - 1]) && raw[raw.length - 2] !== '\\';
}

/** Removes each clock slot and one separator next to it, the one before it when there is one. */
function dropClocks(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  const dropped = new Set<number>();
  out.forEach((piece, i) => {
    if (piece.kind !== 'slot' || !piece.clock) return;
    dropped.add(i);
    const before = out[i - 1];
    const after = out[i + 1];
    if (before?.kind === 'text' && endsWithSeparator(before.raw)) before.raw = before.raw.slice(0, -1);
    else if (after?.kind === 'text' && SEPARATORS.includes(after.raw[0])) after.raw = after.raw.slice(1);
  });
  return out.filter((_, i) => !dropped.has(i));
}

/** Nothing left but separators: the name was only the timestamp. */
function isEmptyName(pieces: Piece[]): boolean {
  return pieces.every((p) => p.kind === 'text' && [...p.raw].every((c) => SEPARATORS.includes(c)));
}

/**
 * The rewrites that make a name stable: the name itself when it reads a clock,
 * and the constants it interpolates whose own value reads one
 * (`${projectNameUnique}-vpc` → `const projectNameUnique = \`${project}-${suffix}\``).
 */
function rewriteName(value: Value, syntax: Syntax, pulumi: PulumiFile, depth = 0): Rewrite[] {
  const whole = syntax.clock(value.node);
  if (whole) return [{ target: value, text: undefined, clocks: [whole] }];
  if (value.kind === 'name') {
    const variable = depth < MAX_DEPTH ? pulumi.variable(value.text, value) : undefined;
    return variable ? rewriteName(variable.value, syntax, pulumi, depth + 1) : [];
  }
  const shape = syntax.shape(value.node);
  const slots = (shape?.pieces ?? []).filter((p): p is Slot => p.kind === 'slot');
  const clocks = slots.flatMap((p) => (p.clock ? [p.clock] : []));
  const nested = depth < MAX_DEPTH ? slots.flatMap((p) => (p.variable ? rewriteName(p.variable.value, syntax, pulumi, depth + 1) : [])) : [];
  if (!shape || (clocks.length === 0 && nested.length === 0)) {
    const inside = syntax.clockWithin(value.node);
    return inside ? [{ target: value, text: undefined, clocks: [inside] }] : [];
  }
  if (clocks.length === 0) return nested;
  const kept = dropClocks(shape.pieces);
  return [{ target: value, text: isEmptyName(kept) ? undefined : shape.render(kept), clocks }, ...nested];
}

function check({ pulumi, report, language, source }: RuleContext): void {
  const syntax = language === 'ts' ? tsSyntax(pulumi, source) : pySyntax(pulumi, source);
  const rewrites = new Map<number, Rewrite>();
  const logicalNames: { resource: Resource; rewrite: Rewrite }[] = [];
  for (const resource of pulumi.allResources()) {
    for (const value of nameValues(resource)) {
      for (const rewrite of rewriteName(value, syntax, pulumi)) {
        if (rewrites.has(rewrite.target.start)) continue;
        rewrites.set(rewrite.target.start, rewrite);
        if (rewrite.target.start === resource.name?.start) logicalNames.push({ resource, rewrite });
      }
    }
  }
  keepLogicalNamesUnique(pulumi.allResources(), logicalNames);
  keepSharedClocksInStep([...rewrites.values()]);
  const fixes = planFixes([...rewrites.values()]);
  for (const rewrite of rewrites.values()) {
    for (const clock of rewrite.clocks) {
      const data = { expression: source.slice(clock.at.start, clock.at.end) };
      const edits = fixes.get(rewrite);
      if (edits) report(clock.at, 'removeTimestamp', { data, fix: () => edits });
      else report(clock.at, 'stableNameNeeded', { data });
    }
  }
}

/**
 * Two resources of one type whose names differ only by the timestamp, or a
 * stripped name equal to another resource's, would share a URN: those
 * rewrites are left to the author.
 */
function keepLogicalNamesUnique(resources: Resource[], logicalNames: { resource: Resource; rewrite: Rewrite }[]): void {
  const rewritten = new Map(logicalNames.map(({ resource, rewrite }) => [resource, rewrite]));
  const seen = new Map<string, (Rewrite | undefined)[]>();
  for (const resource of resources) {
    const rewrite = rewritten.get(resource);
    const text = rewrite ? rewrite.text : resource.name?.text;
    if (text === undefined) continue;
    const key = `${resource.type}\0${literalContent(text)}`;
    seen.set(key, [...(seen.get(key) ?? []), rewrite]);
  }
  for (const group of seen.values()) {
    if (group.length > 1) for (const rewrite of group) if (rewrite) rewrite.text = undefined;
  }
}

/**
 * A clock constant that still builds some other string after the fix
 * (`arn:aws:s3:::logs-${timestamp}/*`, an environment variable) may be
 * rebuilding the same name: dropping it from the name alone would make the two
 * disagree, so every name that reads it is left to the author.
 */
function keepSharedClocksInStep(rewrites: Rewrite[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { readers, remaining } of clockConstants(rewrites.filter((r) => r.text !== undefined))) {
      if (!remaining.some(buildsString)) continue;
      for (const rewrite of readers) rewrite.text = undefined;
      changed = true;
    }
  }
}

function buildsString(reference: Value): boolean {
  for (let at = reference.parent(); at; at = at.parent()) if (at.kind === 'template') return true;
  return false;
}

/** `"logs"`, `'logs'` and `` `logs` `` name the same; anything else is compared as written. */
function literalContent(text: string): string {
  const quoted = /^(["'`])([^"'`\\$]*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}

/**
 * The edits of each fixable rewrite. A constant whose every reference is
 * dropped from names is deleted too, in one fix with all the rewrites that
 * read it, so the declaration never goes while a use stays.
 */
function planFixes(rewrites: Rewrite[]): Map<Rewrite, Edit[]> {
  const fixable = rewrites.filter((r) => r.text !== undefined);
  const deletable = clockConstants(fixable).filter(({ remaining }) => remaining.length === 0);
  const leader = new Map<Rewrite, Rewrite>(fixable.map((r) => [r, r]));
  const root = (r: Rewrite): Rewrite => (leader.get(r) === r ? r : root(leader.get(r) as Rewrite));
  for (const { readers } of deletable) for (const r of readers) leader.set(root(r), root(readers[0]));
  const groups = new Map<Rewrite, Edit[]>();
  for (const r of fixable) groups.set(root(r), [...(groups.get(root(r)) ?? []), r.target.replace(r.text as string)]);
  for (const { variable, readers } of deletable) {
    const removal = variable.remove();
    if (removal) groups.get(root(readers[0]))?.push(removal);
  }
  return new Map(fixable.map((r) => [r, groups.get(root(r)) as Edit[]]));
}

/** The clock constants the rewrites read, with those rewrites and the references that stay once they are applied. */
function clockConstants(fixable: Rewrite[]): { variable: Variable; readers: Rewrite[]; remaining: Value[] }[] {
  const reads = new Map<number, { variable: Variable; dropped: Set<number>; readers: Rewrite[] }>();
  for (const rewrite of fixable) {
    for (const { variable, at } of rewrite.clocks.flatMap((c) => c.uses)) {
      const entry = reads.get(variable.statement.start) ?? { variable, dropped: new Set<number>(), readers: [] };
      entry.dropped.add(at.start);
      entry.readers.push(rewrite);
      reads.set(variable.statement.start, entry);
    }
  }
  return [...reads.values()].map(({ variable, dropped, readers }) => ({ variable, readers, remaining: variable.references.filter((ref) => !dropped.has(ref.start)) }));
}

// ---------------------------------------------------------------------------
// TypeScript and JavaScript

const TS_CLOCK_CALLS = new Set(['Date.now', 'Math.random', 'performance.now', 'crypto.randomUUID', 'randomUUID', 'crypto.randomBytes', 'randomBytes', 'uuidv4', 'uuid.v4']);
/** Conversions whose result still changes with their first argument. */
const TS_CONVERSIONS = new Set(['String', 'Number', 'parseInt', 'parseFloat', 'Math.floor', 'Math.round', 'Math.ceil', 'Math.trunc', 'Math.abs']);

function tsRange(node: t.Node): Located {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

/** The quote the file's resource names use, for a template that becomes a plain string. */
function preferredQuote(pulumi: PulumiFile): string {
  const literal = pulumi.allResources().find((r) => r.name?.kind === 'string' && /^['"]/.test(r.name.text));
  return literal?.name?.text[0] ?? '"';
}

function isStringy(node: t.Node): boolean {
  const n = unwrap(node);
  return n.type === 'StringLiteral' || n.type === 'TemplateLiteral' || (n.type === 'BinaryExpression' && n.operator === '+' && (isStringy(n.left) || isStringy(n.right)));
}

function tsSyntax(pulumi: PulumiFile, sourceText: string): Syntax {
  const quote = preferredQuote(pulumi);
  const sourceBetween = (start: number | null | undefined, end: number | null | undefined): string => sourceText.slice(start ?? 0, end ?? 0);
  const source = (node: t.Node): string => sourceBetween(node.start, node.end);

  /** The variables read when `node` is a clock value, or undefined when it is not one. */
  function clockUses(node: t.Node, depth: number): VariableUse[] | undefined {
    const n = unwrap(node);
    switch (n.type) {
      case 'Identifier': {
        const variable = depth < MAX_DEPTH ? pulumi.variable(n.name, tsRange(n)) : undefined;
        return variable && clockUses(variable.value.node as t.Node, depth + 1) ? [{ variable, at: tsRange(n) }] : undefined;
      }
      case 'NewExpression':
        return n.callee.type === 'Identifier' && n.callee.name === 'Date' && n.arguments.length === 0 ? [] : undefined;
      case 'CallExpression':
      case 'OptionalCallExpression': {
        const callee = memberPath(n.callee)?.join('.') ?? '';
        if (TS_CLOCK_CALLS.has(callee)) return [];
        const first = n.arguments[0];
        if (TS_CONVERSIONS.has(callee)) return first && first.type !== 'SpreadElement' && first.type !== 'ArgumentPlaceholder' ? clockUses(first, depth) : undefined;
        const method = unwrap(n.callee);
        // a method of a clock value: `Date.now().toString(36)`, `new Date().toISOString().slice(0, 10)`
        return method.type === 'MemberExpression' || method.type === 'OptionalMemberExpression' ? clockUses(method.object, depth) : undefined;
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return clockUses(n.object, depth);
      case 'UnaryExpression':
        return clockUses(n.argument, depth);
      case 'BinaryExpression': {
        if (n.operator === '+' && isStringy(n)) return undefined;
        if (n.left.type === 'PrivateName') return undefined;
        const left = clockUses(n.left, depth);
        const right = clockUses(n.right, depth);
        return left || right ? [...(left ?? []), ...(right ?? [])] : undefined;
      }
      case 'TemplateLiteral': {
        // `${Date.now()}`: nothing but clocks and separators
        if (n.expressions.length === 0 || !n.quasis.every((q) => [...(q.value.cooked ?? 'x')].every((c) => SEPARATORS.includes(c)))) return undefined;
        const parts = n.expressions.map((e) => clockUses(e, depth));
        return parts.every((p) => p !== undefined) ? parts.flat() as VariableUse[] : undefined;
      }
      default:
        return undefined;
    }
  }

  function clock(node: t.Node): Clock | undefined {
    const uses = clockUses(node, 0);
    return uses && { at: tsRange(unwrap(node)), uses };
  }

  function templateShape(template: t.TemplateLiteral, tag: string): Shape {
    const pieces: Piece[] = [];
    template.quasis.forEach((quasi, i) => {
      pieces.push({ kind: 'text', raw: source(quasi), open: '', close: '' });
      const expression = template.expressions[i];
      const next = template.quasis[i + 1];
      if (expression && next) pieces.push(slot(expression, sourceBetween(quasi.end, next.start)));
    });
    return {
      pieces,
      render(kept) {
        const body = kept.map((p) => (p.kind === 'text' ? p.raw : p.text)).join('');
        const plain = !tag && kept.every((p) => p.kind === 'text') && !/[\\\n\r]/.test(body);
        return plain ? quote + body.split(quote).join(`\\${quote}`) + quote : `${tag}\`${body}\``;
      },
    };
  }

  function concatShape(node: t.BinaryExpression): Shape {
    const operands: t.Node[] = [];
    let left: t.Node = node;
    while (left.type === 'BinaryExpression' && left.operator === '+' && left.left.type !== 'PrivateName') {
      operands.unshift(left.right);
      left = left.left;
    }
    operands.unshift(left);
    const joiner = sourceBetween(operands[0].end, operands[1].start);
    const pieces = operands.map((operand): Piece => {
      const n = unwrap(operand);
      const text = source(operand);
      if (n === operand && (n.type === 'StringLiteral' || (n.type === 'TemplateLiteral' && n.expressions.length === 0))) return { kind: 'text', raw: text.slice(1, -1), open: text[0], close: text[0] };
      return slot(operand, text);
    });
    return { pieces, render: (kept) => renderConcat(kept, joiner) };
  }

  function slot(node: t.Node, text: string): Slot {
    const found = clock(node);
    const n = unwrap(node);
    return { kind: 'slot', text, clock: found, variable: !found && n.type === 'Identifier' ? pulumi.variable(n.name, tsRange(n)) : undefined };
  }

  function shape(node: t.Node): Shape | undefined {
    const n = unwrap(node);
    if (n.type === 'TemplateLiteral') return templateShape(n, '');
    if (n.type === 'TaggedTemplateExpression' && memberPath(n.tag)?.pop() === 'interpolate') return templateShape(n.quasi, sourceBetween(n.start, n.quasi.start));
    if (n.type === 'BinaryExpression' && n.operator === '+' && isStringy(n)) return concatShape(n);
    return undefined;
  }

  function clockWithin(node: t.Node): Clock | undefined {
    let found: Clock | undefined;
    walk(node, (n) => {
      found ??= clock(n);
    });
    return found;
  }

  return { clock: (n) => clock(n as t.Node), shape: (n) => shape(n as t.Node), clockWithin: (n) => clockWithin(n as t.Node) };
}

/** `"app-" + env + ...`: operands joined as they were; an emptied string operand goes; nothing but slots could turn into arithmetic. */
function renderConcat(kept: Piece[], joiner: string): string | undefined {
  const operands = kept.filter((p) => !(p.kind === 'text' && p.raw === ''));
  if (operands.length > 1 && operands.every((p) => p.kind === 'slot')) return undefined;
  return operands.map((p) => (p.kind === 'text' ? p.open + p.raw + p.close : p.text)).join(joiner);
}

// ---------------------------------------------------------------------------
// Python

const PY_CLOCK_CALLS = new Set([
  'time.time',
  'time.time_ns',
  'datetime.now',
  'datetime.utcnow',
  'datetime.today',
  'datetime.datetime.now',
  'datetime.datetime.utcnow',
  'datetime.datetime.today',
  'date.today',
  'datetime.date.today',
  'uuid.uuid4',
  'uuid4',
  'uuid.uuid1',
  'uuid1',
  'secrets.token_hex',
  'secrets.token_urlsafe',
]);
const PY_CONVERSIONS = new Set(['int', 'str', 'float', 'round', 'hex', 'abs']);

function pyRange(node: Node): Located {
  return { start: node.startIndex, end: node.endIndex };
}

function positionalArgs(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  return args ? named(args).filter((a) => a.type !== 'keyword_argument') : [];
}

function isInterpolated(node: Node): boolean {
  return named(node).some((c) => c.type === 'interpolation');
}

/** The text between a string's quotes, and its opening and closing delimiters. */
function stringParts(node: Node): { open: string; close: string; start: number; end: number } | undefined {
  const open = node.children[0];
  const close = node.children[node.children.length - 1];
  if (!open || !close || open.type !== 'string_start' || close.type !== 'string_end') return undefined;
  return { open: open.text, close: close.text, start: open.endIndex, end: close.startIndex };
}

/** `random.randint(...)`, `random.choice(...)`: the standard module's functions, not pulumi_random's resources (`random.RandomId`), which keep their value in the state. */
function isStdlibRandom(path: string[] | undefined): boolean {
  return path?.length === 2 && path[0] === 'random' && /^[a-z]/.test(path[1]);
}

function isPyConcatenation(node: Node): boolean {
  const n = unwrapPy(node);
  if (n.type === 'string') return true;
  if (n.type !== 'binary_operator' || n.childForFieldName('operator')?.text !== '+') return false;
  return isPyConcatenation(n.childForFieldName('left') as Node) || isPyConcatenation(n.childForFieldName('right') as Node);
}

function pySyntax(pulumi: PulumiFile, sourceText: string): Syntax {
  const slice = (start: number, end: number): string => sourceText.slice(start, end);

  function clockUses(node: Node, depth: number): VariableUse[] | undefined {
    const n = unwrapPy(node);
    switch (n.type) {
      case 'identifier': {
        const variable = depth < MAX_DEPTH ? pulumi.variable(n.text, pyRange(n)) : undefined;
        return variable && clockUses(variable.value.node as Node, depth + 1) ? [{ variable, at: pyRange(n) }] : undefined;
      }
      case 'call': {
        const fn = n.childForFieldName('function');
        const path = fn ? pathOf(fn) : undefined;
        const dotted = path?.join('.') ?? '';
        if (PY_CLOCK_CALLS.has(dotted) || isStdlibRandom(path)) return [];
        if (dotted === 'time.strftime' && positionalArgs(n).length === 1) return [];
        const first = positionalArgs(n)[0];
        if (PY_CONVERSIONS.has(dotted)) return first ? clockUses(first, depth) : undefined;
        // a method of a clock value: `datetime.now().strftime(...)`
        return fn?.type === 'attribute' ? clockUses(fn.childForFieldName('object') as Node, depth) : undefined;
      }
      case 'attribute':
        return clockUses(n.childForFieldName('object') as Node, depth);
      case 'subscript':
        return clockUses(n.childForFieldName('value') as Node, depth);
      case 'unary_operator':
        return clockUses(n.childForFieldName('argument') as Node, depth);
      case 'binary_operator': {
        if (isPyConcatenation(n)) return undefined;
        const left = clockUses(n.childForFieldName('left') as Node, depth);
        const right = clockUses(n.childForFieldName('right') as Node, depth);
        return left || right ? [...(left ?? []), ...(right ?? [])] : undefined;
      }
      case 'string': {
        // f"{int(time.time())}": nothing but clocks and separators
        const interpolations = named(n).filter((c) => c.type === 'interpolation');
        const texts = named(n).filter((c) => c.type === 'string_content');
        if (interpolations.length === 0 || !texts.every((c) => [...c.text].every((ch) => SEPARATORS.includes(ch)))) return undefined;
        const parts = interpolations.map((i) => clockUses(i.childForFieldName('expression') as Node, depth));
        return parts.every((p) => p !== undefined) ? parts.flat() as VariableUse[] : undefined;
      }
      default:
        return undefined;
    }
  }

  function clock(node: Node): Clock | undefined {
    const uses = clockUses(node, 0);
    return uses && { at: pyRange(unwrapPy(node)), uses };
  }

  function slot(node: Node, text: string): Slot {
    const found = clock(node);
    const n = unwrapPy(node);
    return { kind: 'slot', text, clock: found, variable: !found && n.type === 'identifier' ? pulumi.variable(n.text, pyRange(n)) : undefined };
  }

  function fstringShape(node: Node): Shape | undefined {
    const parts = stringParts(node);
    if (!parts) return undefined;
    const pieces: Piece[] = [];
    let cursor = parts.start;
    for (const interpolation of named(node).filter((c) => c.type === 'interpolation')) {
      pieces.push({ kind: 'text', raw: slice(cursor, interpolation.startIndex), open: '', close: '' });
      const expression = interpolation.childForFieldName('expression');
      pieces.push(expression ? slot(expression, interpolation.text) : { kind: 'slot', text: interpolation.text });
      cursor = interpolation.endIndex;
    }
    pieces.push({ kind: 'text', raw: slice(cursor, parts.end), open: '', close: '' });
    return {
      pieces,
      render(kept) {
        const body = kept.map((p) => (p.kind === 'text' ? p.raw : p.text)).join('');
        // without interpolations `{{` would no longer mean `{`
        const plain = kept.every((p) => p.kind === 'text') && !/\{\{|\}\}/.test(body);
        return (plain ? parts.open.replace(/[fF]/, '') : parts.open) + body + parts.close;
      },
    };
  }

  function concatShape(node: Node): Shape | undefined {
    const operands: Node[] = [];
    let left: Node = node;
    while (left.type === 'binary_operator' && left.childForFieldName('operator')?.text === '+') {
      operands.unshift(left.childForFieldName('right') as Node);
      left = left.childForFieldName('left') as Node;
    }
    operands.unshift(left);
    const joiner = slice(operands[0].endIndex, operands[1].startIndex);
    const pieces = operands.map((operand): Piece => {
      const parts = operand.type === 'string' && !isInterpolated(operand) ? stringParts(operand) : undefined;
      if (parts) return { kind: 'text', raw: slice(parts.start, parts.end), open: parts.open, close: parts.close };
      return slot(operand, operand.text);
    });
    return { pieces, render: (kept) => renderConcat(kept, joiner) };
  }

  /** `"logs-{}-{}".format(env, int(time.time()))` or with `{name}` keywords; numbered fields are left alone. */
  function formatShape(call: Node, template: Node): Shape | undefined {
    const parts = stringParts(template);
    const argList = call.childForFieldName('arguments');
    if (!parts || !argList || isInterpolated(template) || /[fF]/.test(parts.open)) return undefined;
    const args = named(argList);
    if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    const keyword = (name: string) => args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
    const raw = slice(parts.start, parts.end);
    const pieces: Piece[] = [];
    let cursor = 0;
    let next = 0;
    for (const match of raw.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
      if (match[1] === undefined) continue;
      const field = /^[^.[!:]*/.exec(match[1])?.[0] ?? '';
      if (/^\d+$/.test(field)) return undefined;
      const arg = field === '' ? positional[next++] : keyword(field);
      if (!arg) return undefined;
      const value = arg.type === 'keyword_argument' ? (arg.childForFieldName('value') as Node) : arg;
      pieces.push({ kind: 'text', raw: raw.slice(cursor, match.index), open: '', close: '' });
      pieces.push({ ...slot(value, match[0]), arg: pyRange(arg) });
      cursor = (match.index ?? 0) + match[0].length;
    }
    if (next !== positional.length) return undefined;
    pieces.push({ kind: 'text', raw: raw.slice(cursor), open: '', close: '' });
    return {
      pieces,
      render(kept) {
        const body = kept.map((p) => (p.kind === 'text' ? p.raw : p.text)).join('');
        const keptArgs = new Set(kept.flatMap((p) => (p.kind === 'slot' && p.arg ? [p.arg.start] : [])));
        const droppedArgs = new Set(pieces.flatMap((p) => (p.kind === 'slot' && p.clock && p.arg && !keptArgs.has(p.arg.start) ? [p.arg.start] : [])));
        const remaining = args.filter((a) => !droppedArgs.has(a.startIndex)).map((a) => a.text);
        const string = parts.open + body + parts.close;
        return remaining.length === 0 && !/\{\{|\}\}/.test(body) ? string : `${string}.format(${remaining.join(', ')})`;
      },
    };
  }

  function shape(node: Node): Shape | undefined {
    const n = unwrapPy(node);
    if (n.type === 'string' && isInterpolated(n)) return fstringShape(n);
    if (n.type === 'binary_operator' && isPyConcatenation(n)) return concatShape(n);
    const fn = n.type === 'call' ? n.childForFieldName('function') : null;
    const object = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' ? fn.childForFieldName('object') : null;
    if (object && unwrapPy(object).type === 'string') return formatShape(n, unwrapPy(object));
    return undefined;
  }

  function clockWithin(node: Node): Clock | undefined {
    const found = clock(node);
    if (found) return found;
    for (const child of named(node)) {
      const inner = clockWithin(child);
      if (inner) return inner;
    }
    return undefined;
  }

  return { clock: (n) => clock(n as Node), shape: (n) => shape(n as Node), clockWithin: (n) => clockWithin(n as Node) };
}

export default defineRule({
  meta: {
    id: 'no-timestamp-in-names',
    title: 'Timestamp or random value in a resource name',
    description: 'Removes Date.now(), time.time(), uuid4()... from logical and physical resource names, which must be stable between deployments',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      removeTimestamp: '`{{expression}}` changes on every run: a name built from it makes Pulumi replace the resource on each `pulumi up`; removed from the name',
      stableNameNeeded: '`{{expression}}` changes on every run, so this resource is replaced on each `pulumi up`; give it a stable name (or leave the physical name to Pulumi auto-naming)',
    },
    fact: "A resource's logical name (URN) and physical name must not change between deployments: a changed logical name is a new resource and a changed physical name replaces it, so a name built from the clock or a random value deletes and re-creates the resource on every `pulumi up`. Pulumi auto-naming already adds a random suffix that stays stable.",
    sources: ['https://www.pulumi.com/docs/iac/concepts/resources/names/', 'FACTS.md §2.2 (auto-naming suffix is stable across updates)'],
  },
  ts: check,
  py: check,
});

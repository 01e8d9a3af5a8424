/**
 * Expressions whose value differs on every run: reads of the clock or of a
 * random source (`Date.now()`, `new Date().toISOString()`, `time.time()`,
 * `uuid.uuid4()`, `random.randint(...)`), through the conversions and methods
 * applied to them (`String(Date.now())`, `str(uuid.uuid4())[:8]`) and the
 * constants that hold them. pulumi_random resources (`random.RandomId`) are not
 * among them: they keep their value in the state.
 */
import type * as t from '@babel/types';
import type { Node } from 'web-tree-sitter';
import type { Located } from '../rule';
import { walk } from '../ts/walk';
import type { PulumiFile, Value, Variable } from './model';
import { isOnlySeparators } from './name-separators';
import { named, pathOf, unwrapPy } from './py/values';
import { memberPath, unwrap } from './ts/values';

export interface ClockRead {
  at: Located;
  /** the constants holding a clock value that this expression reads (`timestamp` in `${timestamp}`) */
  uses: ConstantUse[];
}

export interface ConstantUse {
  variable: Variable;
  at: Located;
}

/** Constants are followed this many steps: `bucket: bucketName` → `const bucketName = \`logs-${timestamp}\`` → `const timestamp = Date.now()`. */
export const MAX_DEPTH = 3;

/** The constants read when `node` is a clock value, or undefined when it is not one. */
type UsesOf<N> = (pulumi: PulumiFile, node: N, depth: number) => ConstantUse[] | undefined;

/** The value itself reads the clock: `Date.now()`, `timestamp`, `` `${Date.now()}` ``. */
export function clockRead(value: Value, pulumi: PulumiFile): ClockRead | undefined {
  return pulumi.language === 'ts' ? tsClock(pulumi, value.node as t.Node) : pyClock(pulumi, value.node as Node);
}

/** The first clock read anywhere inside the value (itself included), for names that cannot be rewritten. */
export function firstClockRead(value: Value, pulumi: PulumiFile): ClockRead | undefined {
  if (pulumi.language === 'ts') {
    let found: ClockRead | undefined;
    walk(value.node as t.Node, (n) => {
      found ??= tsClock(pulumi, n);
    });
    return found;
  }
  const preOrder = (node: Node): Node[] => [node, ...named(node).flatMap(preOrder)];
  for (const node of preOrder(value.node as Node)) {
    const found = pyClock(pulumi, node);
    if (found) return found;
  }
  return undefined;
}

/** A name bound to a clock value: the use of that constant. */
function constantUse<N>(pulumi: PulumiFile, name: string, at: Located, depth: number, usesOf: UsesOf<N>): ConstantUse[] | undefined {
  const variable = depth < MAX_DEPTH ? pulumi.variable(name, at) : undefined;
  return variable && usesOf(pulumi, variable.value.node as N, depth + 1) ? [{ variable, at }] : undefined;
}

/** Both operands are looked at (`Date.now() % 1000`): the uses of those that read the clock. */
function eitherSide(left: ConstantUse[] | undefined, right: ConstantUse[] | undefined): ConstantUse[] | undefined {
  return left || right ? [...(left ?? []), ...(right ?? [])] : undefined;
}

/** Every interpolation reads the clock (`` `${Date.now()}` ``, `f"{int(time.time())}"`): the uses of all. */
function allOf(uses: (ConstantUse[] | undefined)[]): ConstantUse[] | undefined {
  return uses.every((u) => u !== undefined) ? (uses.flat() as ConstantUse[]) : undefined;
}

// ---------------------------------------------------------------------------
// TypeScript and JavaScript

const TS_CLOCK_CALLS = new Set(['Date.now', 'Math.random', 'performance.now', 'crypto.randomUUID', 'randomUUID', 'crypto.randomBytes', 'randomBytes', 'uuidv4', 'uuid.v4']);
/** Conversions whose result still changes with their first argument. */
const TS_CONVERSIONS = new Set(['String', 'Number', 'parseInt', 'parseFloat', 'Math.floor', 'Math.round', 'Math.ceil', 'Math.trunc', 'Math.abs']);

function tsClock(pulumi: PulumiFile, node: t.Node): ClockRead | undefined {
  const uses = tsUses(pulumi, node, 0);
  return uses && { at: tsRange(unwrap(node)), uses };
}

function tsRange(node: t.Node): Located {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

function isTsStringy(node: t.Node): boolean {
  const n = unwrap(node);
  return n.type === 'StringLiteral' || n.type === 'TemplateLiteral' || (n.type === 'BinaryExpression' && n.operator === '+' && (isTsStringy(n.left) || isTsStringy(n.right)));
}

const tsUses: UsesOf<t.Node> = (pulumi, node, depth) => {
  const n = unwrap(node);
  switch (n.type) {
    case 'Identifier':
      return constantUse(pulumi, n.name, tsRange(n), depth, tsUses);
    case 'NewExpression':
      return n.callee.type === 'Identifier' && n.callee.name === 'Date' && n.arguments.length === 0 ? [] : undefined;
    case 'CallExpression':
    case 'OptionalCallExpression': {
      const callee = memberPath(n.callee)?.join('.') ?? '';
      if (TS_CLOCK_CALLS.has(callee)) return [];
      const first = n.arguments[0];
      if (TS_CONVERSIONS.has(callee)) return first && first.type !== 'SpreadElement' && first.type !== 'ArgumentPlaceholder' ? tsUses(pulumi, first, depth) : undefined;
      const method = unwrap(n.callee);
      // a method of a clock value: `Date.now().toString(36)`, `new Date().toISOString().slice(0, 10)`
      return method.type === 'MemberExpression' || method.type === 'OptionalMemberExpression' ? tsUses(pulumi, method.object, depth) : undefined;
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return tsUses(pulumi, n.object, depth);
    case 'UnaryExpression':
      return tsUses(pulumi, n.argument, depth);
    case 'BinaryExpression':
      if ((n.operator === '+' && isTsStringy(n)) || n.left.type === 'PrivateName') return undefined;
      return eitherSide(tsUses(pulumi, n.left, depth), tsUses(pulumi, n.right, depth));
    case 'TemplateLiteral':
      // `${Date.now()}`: nothing but clocks and separators
      if (n.expressions.length === 0 || !n.quasis.every((q) => isOnlySeparators(q.value.cooked ?? 'x'))) return undefined;
      return allOf(n.expressions.map((e) => tsUses(pulumi, e, depth)));
    default:
      return undefined;
  }
};

// ---------------------------------------------------------------------------
// Python

const PY_CLOCK_CALLS = new Set([
  ...['time.time', 'time.time_ns', 'date.today', 'datetime.date.today'],
  ...['datetime.now', 'datetime.utcnow', 'datetime.today', 'datetime.datetime.now', 'datetime.datetime.utcnow', 'datetime.datetime.today'],
  ...['uuid.uuid4', 'uuid4', 'uuid.uuid1', 'uuid1', 'secrets.token_hex', 'secrets.token_urlsafe'],
]);
const PY_CONVERSIONS = new Set(['int', 'str', 'float', 'round', 'hex', 'abs']);

function pyClock(pulumi: PulumiFile, node: Node): ClockRead | undefined {
  const uses = pyUses(pulumi, node, 0);
  return uses && { at: pyRange(unwrapPy(node)), uses };
}

function pyRange(node: Node): Located {
  return { start: node.startIndex, end: node.endIndex };
}

function positionalArgs(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  return args ? named(args).filter((a) => a.type !== 'keyword_argument') : [];
}

/** `random.randint(...)`, `random.choice(...)`: the standard module's functions, not pulumi_random's resources (`random.RandomId`). */
function isStdlibRandom(path: string[] | undefined): boolean {
  return path?.length === 2 && path[0] === 'random' && /^[a-z]/.test(path[1]);
}

function isPyStringy(node: Node): boolean {
  const n = unwrapPy(node);
  if (n.type === 'string') return true;
  if (n.type !== 'binary_operator' || n.childForFieldName('operator')?.text !== '+') return false;
  return isPyStringy(n.childForFieldName('left') as Node) || isPyStringy(n.childForFieldName('right') as Node);
}

const pyUses: UsesOf<Node> = (pulumi, node, depth) => {
  const n = unwrapPy(node);
  const field = (name: string) => n.childForFieldName(name) as Node;
  switch (n.type) {
    case 'identifier':
      return constantUse(pulumi, n.text, pyRange(n), depth, pyUses);
    case 'call': {
      const fn = n.childForFieldName('function');
      const path = fn ? pathOf(fn) : undefined;
      const dotted = path?.join('.') ?? '';
      if (PY_CLOCK_CALLS.has(dotted) || isStdlibRandom(path)) return [];
      if (dotted === 'time.strftime' && positionalArgs(n).length === 1) return [];
      const first = positionalArgs(n)[0];
      if (PY_CONVERSIONS.has(dotted)) return first ? pyUses(pulumi, first, depth) : undefined;
      // a method of a clock value: `datetime.now().strftime(...)`
      return fn?.type === 'attribute' ? pyUses(pulumi, fn.childForFieldName('object') as Node, depth) : undefined;
    }
    case 'attribute':
      return pyUses(pulumi, field('object'), depth);
    case 'subscript':
      return pyUses(pulumi, field('value'), depth);
    case 'unary_operator':
      return pyUses(pulumi, field('argument'), depth);
    case 'binary_operator':
      if (isPyStringy(n)) return undefined;
      return eitherSide(pyUses(pulumi, field('left'), depth), pyUses(pulumi, field('right'), depth));
    case 'string': {
      // f"{int(time.time())}": nothing but clocks and separators
      const interpolations = named(n).filter((c) => c.type === 'interpolation');
      if (interpolations.length === 0 || !named(n).every((c) => c.type !== 'string_content' || isOnlySeparators(c.text))) return undefined;
      return allOf(interpolations.map((i) => pyUses(pulumi, i.childForFieldName('expression') as Node, depth)));
    }
    default:
      return undefined;
  }
};

/**
 * config-require-default
 *
 * Fact: `Config.require(key)` and its typed forms (`requireNumber`,
 * `requireBoolean`, `requireObject`, `requireSecret...`; Python `require`,
 * `require_int`, `require_bool`, `require_secret`, ...) throw when the stack
 * configuration has no value for the key (Python raises `ConfigMissingError`),
 * so the program cannot run in a CI job or a fresh stack that sets none;
 * `Config.get(key)` and its forms return undefined / None instead. Sources:
 * Pulumi docs "Configuration" (Accessing configuration from code);
 * `@pulumi/pulumi` config.d.ts; `pulumi/config.py`.
 *
 * The rule only acts where the program itself says what the value is when
 * unset, and then reads the key the way the program already does:
 * - a literal default written right after the read (`config.require("x") ||
 *   "y"`, `?? 3`, `or "y"`), which never applies because `require` throws
 *   first: the read becomes the matching `get`;
 * - the same key, from the same config object, read elsewhere in the file by
 *   the matching `get` with a literal default (`config.get("x") || "y"`,
 *   `process.env.X || config.get("x") || "y"`, Python `config.get("x", "y")`):
 *   that read is copied in place of the `require`.
 * Nothing else counts as a default: not a comment, a docstring, a README, a
 * `Pulumi.<stack>.yaml` value or a test's `setConfig` (examples and per-stack
 * values, not what the program does when the value is missing). The
 * environment suffix is env-suffix-fallback's (it has a default of its own),
 * and a secret is reported, never given a literal default.
 */
import { defineRule } from '../lib/define-rule';
import { isConfigObject } from '../lib/pulumi/config';
import { configCall, environmentSuffixRequire, isGuarded, replaceWithChain, type ConfigCall } from '../lib/pulumi/config-fallback';
import type { PulumiFile, Value, ValueKind } from '../lib/pulumi/model';
import type { Located, RuleContext } from '../lib/rule';
import { replaceRange, type Edit } from '../lib/text/edits';
import { positionOf } from '../lib/text/layout';

/** Each throwing read and the read of the same key that returns undefined / None instead (TS and Python spellings). */
const GETTERS: Record<string, string> = {
  require: 'get',
  requireNumber: 'getNumber',
  requireBoolean: 'getBoolean',
  requireObject: 'getObject',
  requireSecret: 'getSecret',
  requireSecretNumber: 'getSecretNumber',
  requireSecretBoolean: 'getSecretBoolean',
  requireSecretObject: 'getSecretObject',
  require_int: 'get_int',
  require_float: 'get_float',
  require_bool: 'get_bool',
  require_object: 'get_object',
  require_secret: 'get_secret',
  require_secret_int: 'get_secret_int',
  require_secret_float: 'get_secret_float',
  require_secret_bool: 'get_secret_bool',
  require_secret_object: 'get_secret_object',
};

const LITERALS: ValueKind[] = ['string', 'number', 'boolean', 'array', 'object'];
/** What makes a list or object more than data: it reads names or calls something. */
const READS: ValueKind[] = ['name', 'member', 'call', 'template'];

/** An `||` / `??` / `or` chain around a read, its operands in order. */
interface Chain {
  root: Value;
  operands: Located[];
}

/** A default the program gives for the key, and the edit that makes the `require` read the key with it. */
interface Default {
  literal: Value;
  /** the read it was taken from: undefined when it follows the `require` itself */
  from?: Value;
  fix(read: ConfigCall, language: RuleContext['language']): Edit;
}

/** A Babel or tree-sitter node, as far as a fallback chain needs it. */
interface RawNode {
  type: string;
  operator?: string;
  left?: RawNode;
  right?: RawNode;
  start?: number | null;
  end?: number | null;
  startIndex?: number;
  endIndex?: number;
  childForFieldName?(name: string): RawNode | null;
}

const OPERATORS = ['||', '??', 'or'];

/** The two sides of `a || b`, `a ?? b` (TS) or `a or b` (Python) when `node` is that operator; undefined otherwise. */
function sidesOf(node: RawNode, operator: string): RawNode[] | undefined {
  if (node.type === 'LogicalExpression') return node.operator === operator && node.left && node.right ? [node.left, node.right] : undefined;
  if (node.type !== 'boolean_operator' || node.childForFieldName?.('operator')?.type !== operator) return undefined;
  const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
  return left && right ? [left, right] : undefined;
}

function fallbackOperator(value: Value): string | undefined {
  return OPERATORS.find((operator) => sidesOf(value.node as RawNode, operator));
}

/** The operands of a chain of one operator, flattened, in order. */
function operandsOf(node: RawNode, operator: string): Located[] {
  const sides = sidesOf(node, operator);
  if (sides) return sides.flatMap((side) => operandsOf(side, operator));
  return [{ start: node.start ?? node.startIndex ?? 0, end: node.end ?? node.endIndex ?? 0 }];
}

/** The chain `value` is a direct operand of; undefined when it is not in one. */
function chainAround(value: Value): Chain | undefined {
  let root: Value | undefined;
  let operator: string | undefined;
  for (let parent = value.parent(); parent; parent = parent.parent()) {
    const op = fallbackOperator(parent);
    if (!op || (operator && op !== operator)) break;
    root = parent;
    operator = op;
  }
  return root && operator ? { root, operands: operandsOf(root.node as RawNode, operator) } : undefined;
}

/** The expression of one of the given kinds at exactly `range` inside `root`. */
function valueAt(root: Value, range: Located, kinds: ValueKind[]): Value | undefined {
  for (const kind of kinds) {
    const found = root.descendants(kind).find((v) => v.start === range.start && v.end === range.end);
    if (found) return found;
  }
  return undefined;
}

/** A literal that can be copied anywhere: a string, number or boolean, or a list / object that reads nothing. */
function isPlainLiteral(value: Value | undefined): value is Value {
  if (!value || !LITERALS.includes(value.kind)) return false;
  if (value.kind !== 'array' && value.kind !== 'object') return true;
  return READS.every((kind) => value.descendants(kind).length === 0);
}

/** `process.env.X`, `os.environ.get("X")`, `os.getenv("X")`: how programs read an environment variable. */
function isEnvironmentRead(value: Value | undefined): boolean {
  const path = value?.kind === 'call' ? value.asCall()?.callee.path() : value?.path();
  const text = path?.join('.');
  if (value?.kind === 'call') return ['os.environ.get', 'os.getenv', 'environ.get', 'getenv'].includes(text ?? '') && value.asCall()?.args[0]?.kind === 'string';
  return !!text && /^process\.env\.\w+$/.test(text);
}

/**
 * The config object a receiver stands for: `pulumi.Config("ns")` when it
 * resolves to one, else its text when it is named like one (`self.config`);
 * undefined for anything else.
 */
function configIdentity(pulumi: PulumiFile, receiver: Value): string | undefined {
  const resolved = receiver.kind === 'name' ? pulumi.variable(receiver.text, receiver)?.value ?? receiver : receiver;
  if (resolved.kind === 'call' && resolved.qualifiedName() === 'pulumi.Config') return `pulumi.Config(${resolved.asCall()?.args.map((a) => a.string ?? a.text).join(', ')})`;
  return isConfigObject(receiver) ? receiver.text : undefined;
}

/** `config.requireObject<T>("x")` → `config.getObject<T>("x")`: only the method name changes. */
function renameMethod(read: ConfigCall): Edit {
  const callee = read.call.asCall()?.callee ?? read.call;
  return replaceRange(callee.end - read.method.length, callee.end, GETTERS[read.method]);
}

/** `config.require("x") || "y"`: the literal after the read, which only a `get` lets apply. */
function defaultAfter(read: ConfigCall): Default | undefined {
  const chain = chainAround(read.call);
  if (!chain) return undefined;
  const last = chain.operands[chain.operands.length - 1];
  if (last.start === read.call.start) return undefined;
  const literal = valueAt(chain.root, last, LITERALS);
  return isPlainLiteral(literal) ? { literal, fix: renameMethod } : undefined;
}

/**
 * How a `get` read of the key gives it a default: the chain around it
 * (environment reads, the read, then a literal), or Python's second argument
 * (`config.get("x", "y")`). The replacement is that expression with the
 * `require`'s own receiver.
 */
function defaultOf(ctx: RuleContext, get: Value, receiver: Value): Default | undefined {
  const view = get.asCall();
  const own = view?.receiver;
  if (!view || !own) return undefined;
  const withReceiver = (range: Located) => ctx.source.slice(range.start, own.start) + receiver.text + ctx.source.slice(own.end, range.end);
  // TypeScript's second argument holds options (`allowedValues`), not a default
  if (view.args.length === 2) {
    const literal = view.args[1];
    return ctx.language === 'py' && isPlainLiteral(literal) ? { literal, from: get, fix: (read) => read.call.replace(withReceiver(get)) } : undefined;
  }
  const chain = chainAround(get);
  if (!chain) return undefined;
  const operands = chain.operands;
  const at = operands.findIndex((o) => o.start === get.start && o.end === get.end);
  const literal = valueAt(chain.root, operands[operands.length - 1], LITERALS);
  if (at !== operands.length - 2 || !isPlainLiteral(literal)) return undefined;
  const before = operands.slice(0, at).map((o) => valueAt(chain.root, o, ['member', 'call']));
  if (!before.every(isEnvironmentRead)) return undefined;
  return { literal, from: get, fix: (read, language) => replaceWithChain(read.call, withReceiver(chain.root), language) };
}

/** The defaults the file gives the key where it reads it with the matching `get` from the same config object. */
function defaultsElsewhere(ctx: RuleContext, read: ConfigCall, getter: string): Default[] {
  const identity = configIdentity(ctx.pulumi, read.receiver);
  if (!identity) return [];
  return ctx.pulumi.expressions('call').flatMap((call) => {
    const view = call.asCall();
    const key = view?.args[0];
    if (view?.method !== getter || !view.receiver || key?.string !== read.key.string || view.args.length > 2) return [];
    if (configIdentity(ctx.pulumi, view.receiver) !== identity) return [];
    return defaultOf(ctx, call, read.receiver) ?? [];
  });
}

function checkRead(ctx: RuleContext, read: ConfigCall): void {
  const getter = GETTERS[read.method];
  const data = { method: read.method, key: read.key.string ?? '', getter };
  const after = defaultAfter(read);
  const elsewhere = after ? [] : defaultsElsewhere(ctx, read, getter);
  const distinct = [...new Set(elsewhere.map((d) => d.literal.text))];
  const found = after ?? (distinct.length === 1 ? elsewhere[0] : undefined);
  if (!found) {
    if (distinct.length > 1) ctx.report(read.call, 'conflictingDefaults', { data: { ...data, defaults: distinct.join(', ') } });
    return;
  }
  const detail = { ...data, default: found.literal.text, line: found.from ? positionOf(ctx.source, found.from.start).line : 0 };
  if (/secret/i.test(read.method)) {
    ctx.report(read.call, 'secretDefault', { data: detail });
    return;
  }
  ctx.report(read.call, found.from ? 'readAsElsewhere' : 'deadDefault', { data: detail, fix: () => found.fix(read, ctx.language) });
}

function check(ctx: RuleContext): void {
  for (const call of ctx.pulumi.expressions('call')) {
    const read = configCall(call, Object.keys(GETTERS));
    if (!read || environmentSuffixRequire(call) || isGuarded(call) || !configIdentity(ctx.pulumi, read.receiver)) continue;
    checkRead(ctx, read);
  }
}

export default defineRule({
  meta: {
    id: 'config-require-default',
    title: 'Required config value that the program itself gives a default',
    description: 'Reads a config key with get and the program\'s own default instead of require, which throws in runs that set no value',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      deadDefault:
        '`{{method}}("{{key}}")` throws when the stack has no `{{key}}` value, as in CI runs, so the default {{default}} after it never applies: read the key with `{{getter}}`',
      readAsElsewhere:
        '`{{method}}("{{key}}")` throws when the stack has no `{{key}}` value, as in CI runs, while line {{line}} reads the same key with the default {{default}}: read it the same way here',
      conflictingDefaults:
        '`{{method}}("{{key}}")` throws when the stack has no `{{key}}` value, as in CI runs; elsewhere the program reads this key with different defaults ({{defaults}}): pick one and read the key with `{{getter}}` and that default',
      secretDefault:
        '`{{method}}("{{key}}")` throws when the stack has no `{{key}}` value, as in CI runs; the program falls back to a literal for this secret ({{default}}), which would keep the secret in the code: set it with `pulumi config set --secret` for every stack CI deploys, or generate it (random.RandomPassword)',
    },
    fact: '`Config.require(key)` and its typed and secret forms throw (Python: raise ConfigMissingError) when the stack configuration has no value for the key; `Config.get(key)` and its forms return undefined / None instead.',
    sources: [
      'https://www.pulumi.com/docs/iac/concepts/config/',
      '@pulumi/pulumi config.d.ts (require*: "If it doesn\'t exist, an error is thrown"; get*)',
      'pulumi/pulumi sdk/python/lib/pulumi/config.py (require* raise ConfigMissingError; get*)',
    ],
  },
  ts: check,
  py: check,
});

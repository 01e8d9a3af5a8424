/**
 * Reads of stack configuration that throw when the stack has no value
 * (`config.require(...)` and its typed and secret forms), and the edits that
 * put a read with a fallback in their place. Shared by env-suffix-fallback
 * (the environment suffix) and config-require-default (keys whose default the
 * program itself gives).
 */
import type { Language } from '../rule';
import type { Edit } from '../text/edits';
import { nodeType, type Value } from './model';

/** `<receiver>.<method>("<key>")`: a read of one config key. */
export interface ConfigCall {
  call: Value;
  receiver: Value;
  method: string;
  /** the key argument, a plain string literal */
  key: Value;
}

/**
 * `config.require("x")`, `this.config.getNumber("x")`, `new pulumi.Config().require(...)`,
 * `pulumi.Config("aws").get(...)`: a method call on a name, a member chain or
 * a `pulumi.Config(...)` construction, with one plain string argument.
 */
export function configCall(call: Value, methods: readonly string[]): ConfigCall | undefined {
  const view = call.asCall();
  if (!view || !view.method || !methods.includes(view.method) || !view.receiver || view.args.length !== 1) return undefined;
  const [key] = view.args;
  if (key.kind !== 'string') return undefined;
  const receiver = view.receiver;
  const isConfig = receiver.kind === 'name' || receiver.kind === 'member' || (receiver.kind === 'call' && receiver.qualifiedName() === 'pulumi.Config');
  return isConfig ? { call, receiver, method: view.method, key } : undefined;
}

/** The keys env-suffix-fallback owns: the environment suffix. */
export const SUFFIX_KEYS = ['environmentSuffix', 'environment_suffix', 'envSuffix'];

/** `config.require("environmentSuffix")`: the read env-suffix-fallback repairs. */
export function environmentSuffixRequire(call: Value): ConfigCall | undefined {
  const read = configCall(call, ['require']);
  return read && SUFFIX_KEYS.includes(read.key.string ?? '') ? read : undefined;
}

/** Nodes under which a missing value does not stop the program: `x ? config.require(k) : y`, `try { ... } catch`. */
const GUARDS = new Set(['ConditionalExpression', 'conditional_expression', 'TryStatement', 'try_statement']);

export function isGuarded(call: Value): boolean {
  for (let node = call.parent(); node; node = node.parent()) {
    if (GUARDS.has(nodeType(node))) return true;
  }
  return false;
}

/**
 * Where an `a || b` (`a or b`) expression can stand without parentheses:
 * positions that take any expression. Elsewhere (a receiver, an operand) it
 * is parenthesized.
 */
const LOOSE_POSITIONS: Record<Language, Set<string>> = {
  ts: new Set(['VariableDeclarator', 'AssignmentExpression', 'ObjectProperty', 'ArrayExpression', 'TemplateLiteral', 'ReturnStatement', 'ArrowFunctionExpression', 'ExpressionStatement', 'CallExpression', 'NewExpression']),
  py: new Set(['assignment', 'keyword_argument', 'argument_list', 'pair', 'list', 'tuple', 'return_statement', 'expression_statement', 'interpolation', 'parenthesized_expression']),
};

function needsParentheses(call: Value, language: Language): boolean {
  const parent = call.parent();
  const type = nodeType(parent);
  if (!parent || !type || !LOOSE_POSITIONS[language].has(type)) return true;
  // a call's callee is a tight position; its arguments are loose
  const asCall = parent.asCall();
  return !!asCall && !asCall.args.some((a) => a.start === call.start);
}

/** Replaces `call` with an `||` / `or` chain, parenthesized where the position needs it. */
export function replaceWithChain(call: Value, chain: string, language: Language): Edit {
  return call.replace(needsParentheses(call, language) ? `(${chain})` : chain);
}

/** The quote a string literal is written with (`"` for anything else). */
export function quoteOf(literal: Value): string {
  const quote = literal.text.replace(/^[a-zA-Z]*/, '')[0];
  return quote === "'" || quote === '`' ? quote : '"';
}

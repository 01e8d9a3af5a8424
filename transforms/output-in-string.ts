/**
 * output-in-string
 *
 * Fact: a resource's attributes are Pulumi Outputs, whose value is known only
 * during deployment. Turned into text (a template literal, `+`, an f-string,
 * `str.format`) an Output gives a warning message instead of its value
 * (@pulumi/pulumi output.js `toString`: "Calling [toString] on an
 * [Output<T>] is not supported"); `JSON.stringify` writes the same message
 * (`toJSON`), and Python's `json.dumps` raises TypeError. Pulumi's own
 * builders wait for the values: `pulumi.interpolate`, `pulumi.concat`,
 * `pulumi.jsonStringify` (TS, output.d.ts), `Output.apply`, `Output.all`,
 * `Output.json_dumps` (Python), and their result is accepted wherever a
 * resource takes an Input. Sources: @pulumi/pulumi 3.248.0 output.js and
 * output.d.ts; https://www.pulumi.com/docs/iac/concepts/inputs-outputs/;
 * Output.json_dumps as the corrected answers of the corpus use it (Pr5458,
 * Pr7737).
 *
 * Only what is provably an Output is rewritten: an attribute of an AWS
 * resource the program creates (checked against the provider's outputs) or
 * of a `random` resource, a Pulumi builder's result, `.apply(...)` on an
 * Output, a secret read from config, a `get...Output` call, and locals bound
 * to one of those. Only where an Output is accepted: inside a resource's
 * arguments, an export, `registerOutputs`, or another Pulumi builder. A
 * string inside an `apply` callback, a resource name, or anything else is
 * reported.
 */
import type * as t from '@babel/types';
import type { Node } from 'web-tree-sitter';
import { providerSchema, pythonName } from '../lib/aws/schema';
import { defineRule } from '../lib/define-rule';
import { isConfigObject } from '../lib/pulumi/config';
import { nodeType, type PulumiFile, type Resource, type Value, type ValuePart } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { insertAt, type Edit } from '../lib/text/edits';
import { unusedName } from '../lib/text/names';

/** Pulumi calls that return an Output. */
const OUTPUT_BUILDERS = new Set([
  'pulumi.interpolate',
  'pulumi.concat',
  'pulumi.output',
  'pulumi.all',
  'pulumi.secret',
  'pulumi.jsonStringify',
  'pulumi.Output.concat',
  'pulumi.Output.all',
  'pulumi.Output.from_input',
  'pulumi.Output.secret',
  'pulumi.Output.json_dumps',
  'pulumi.Output.format',
]);
/** Pulumi calls whose arguments may hold Outputs anywhere (they wait for them). */
const INPUT_CALLS = new Set([...OUTPUT_BUILDERS, 'pulumi.export', 'pulumi.unsecret']);
/** Methods of a component that take Inputs. */
const INPUT_METHODS = new Set(['registerOutputs', 'register_outputs']);
const SECRET_READS = new Set(['requireSecret', 'getSecret', 'require_secret', 'get_secret']);
/** Packages whose resources have only Output attributes but no schema here. */
const SCHEMALESS = ['random.'];
const MAX_DEPTH = 3;

/** Where a string sits: where an Output is accepted, a resource's name, inside an `apply` callback, or anywhere else. */
type Place = 'input' | 'name' | 'callback' | 'plain';

const same = (a: Value, b: Value) => a.start === b.start && a.end === b.end;

/** An expression as a message shows it: its first line, shortened. */
function shown(value: Value): string {
  const [first] = value.text.split('\n');
  return first.length > 60 || first !== value.text ? `${first.slice(0, 57).trimEnd()}...` : first;
}

/** Nodes a value passes through unchanged on its way into an argument: literals that hold it, and type wrappers. */
const TRANSPARENT = new Set([
  'ObjectExpression',
  'ArrayExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'ParenthesizedExpression',
  'dictionary',
  'list',
  'tuple',
  'parenthesized_expression',
]);
const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ObjectMethod', 'ClassMethod', 'lambda', 'function_definition']);

/** The value side of a key/value node (`a: x`, `"a": x`, `a=x`) holds `child`. */
function holdsAsValue(pair: Value, child: Value): boolean {
  if (nodeType(pair) === 'ObjectProperty') return (pair.node as t.ObjectProperty).value.start === child.start;
  return (pair.node as Node).childForFieldName('value')?.startIndex === child.start;
}

/** `const x = <child>` / `x = <child>`: the name bound when `child` is the whole value of a one-name declaration. */
function boundName(declaration: Value, child: Value): string | undefined {
  if (nodeType(declaration) === 'VariableDeclarator') {
    const node = declaration.node as t.VariableDeclarator;
    return node.id.type === 'Identifier' && node.init?.start === child.start ? node.id.name : undefined;
  }
  const node = declaration.node as Node;
  const left = node.childForFieldName('left');
  return left?.type === 'identifier' && node.childForFieldName('right')?.startIndex === child.start ? left.text : undefined;
}

/** The call an argument belongs to, seen from the node above it: a TS call, a Python argument list, or a Python keyword argument (the argument is then that node). */
function argumentOf(parent: Value, child: Value): { call: Value; argument: Value } | undefined {
  const type = nodeType(parent);
  if (type === 'CallExpression' || type === 'NewExpression') return parent.asCall()?.callee.start === child.start ? undefined : { call: parent, argument: child };
  const call = type === 'argument_list' ? parent.parent() : type === 'keyword_argument' ? parent.parent()?.parent() : undefined;
  return call && { call, argument: type === 'keyword_argument' ? parent : child };
}

class OutputOracle {
  private readonly known = new Map<string, boolean>();
  private readonly assigned = new Map<string, boolean>();

  constructor(private readonly ctx: RuleContext) {}

  get pulumi(): PulumiFile {
    return this.ctx.pulumi;
  }

  /** Whether `value` is provably a Pulumi Output. */
  isOutput(value: Value, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    const key = `${value.start}:${value.end}`;
    let answer = this.known.get(key);
    if (answer === undefined) {
      answer = this.decide(value, depth);
      this.known.set(key, answer);
    }
    return answer;
  }

  private decide(value: Value, depth: number): boolean {
    switch (value.kind) {
      case 'member':
        return this.isAttribute(value) || this.isLifted(value, depth);
      case 'name': {
        const bound = this.mayBeBound(value.text) ? this.pulumi.variable(value.text, value) : undefined;
        return !!bound && this.isOutput(bound.value, depth + 1);
      }
      case 'call':
        return this.isOutputCall(value, depth);
      default:
        // `pulumi.interpolate\`...\`` (a tagged template)
        return nodeType(value) === 'TaggedTemplateExpression' && OUTPUT_BUILDERS.has(value.qualifiedName() ?? '');
    }
  }

  /** A cheap test before the costly variable lookup: whether the source assigns the name at all (`name = `, `const name`). */
  private mayBeBound(name: string): boolean {
    let answer = this.assigned.get(name);
    if (answer === undefined) {
      const assignment = this.ctx.language === 'py' ? `(^|[^\\w.])${name}[ \\t]*=[^=]` : `\\b(const|let|var)[ \\t]+${name}\\b`;
      answer = new RegExp(assignment, 'm').test(this.ctx.source);
      this.assigned.set(name, answer);
    }
    return answer;
  }

  /** `bucket.arn`, `this.bucket.arn`, `self.bucket.arn`: an output property of a resource the program creates. */
  private isAttribute(value: Value): boolean {
    const path = value.path();
    const resource = this.pulumi.resourceOf(value);
    if (!path || !resource?.binding) return false;
    const bindingLength = resource.binding.split('.').length;
    return path.length === bindingLength + 1 && hasOutput(resource, path[bindingLength], this.ctx.language);
  }

  /** `x.y` where `x` is an Output: Outputs lift property reads (`identity.accountId`). */
  private isLifted(value: Value, depth: number): boolean {
    const path = value.path();
    if (path) {
      const [head] = path;
      const fromSelf = head === 'this' || head === 'self';
      // `this.x` reads a field, not an Output's property; a chain from a name nothing assigns holds no Output
      if (path[path.length - 1] === 'apply' || (fromSelf ? path.length === 2 : !this.mayBeBound(head))) return false;
    }
    const object = value.descendants('member').concat(value.descendants('name')).filter((v) => v.start === value.start && v.end < value.end).sort((a, b) => b.end - a.end)[0];
    return !!object && this.isOutput(object, depth + 1);
  }

  private isOutputCall(value: Value, depth: number): boolean {
    const qualified = value.qualifiedName() ?? '';
    if (OUTPUT_BUILDERS.has(qualified)) return true;
    // `aws.ec2.getVpcOutput(...)`, `aws.get_caller_identity_output(...)`
    if (qualified.startsWith('aws.') && /(Output|_output)$/.test(qualified)) return true;
    const call = value.asCall();
    if (!call?.receiver || !call.method) return false;
    if (call.method === 'apply') return this.isOutput(call.receiver, depth + 1);
    return SECRET_READS.has(call.method) && isConfigObject(call.receiver);
  }

  /** The provable Outputs in `value` (itself included), outside functions written inside it. */
  outputsIn(value: Value): Value[] {
    // the only Output that is not a name, member or call is a `pulumi.interpolate` tagged template
    const tagged = value.text.includes('interpolate') ? value.descendants('other') : [];
    // a name at the head of a member chain or a call is looked at through the chain or the call
    const names = value.descendants('name').filter((n) => !isHead(n));
    const candidates = [...value.descendants('member'), ...names, ...value.descendants('call'), ...tagged];
    // the outermost Output of a chain stands for the chain
    const outputs = candidates.filter((c) => this.isOutput(c) && !insideFunction(c, value));
    return outputs.filter((o) => !outputs.some((other) => other !== o && other.start <= o.start && o.end <= other.end && !same(other, o)));
  }

  /**
   * Whether a string built at `value` could hold an Output: the value flows,
   * unchanged, into a resource's arguments, an export, registerOutputs, a
   * Pulumi builder, or a JSON serializer this rule turns into one; or is bound
   * to a local that is only read there.
   */
  placeOf(value: Value, depth = 0): Place {
    let child = value;
    for (let parent = value.parent(); parent; child = parent, parent = parent.parent()) {
      const type = nodeType(parent);
      if (TRANSPARENT.has(type)) continue;
      if ((type === 'ObjectProperty' || type === 'pair' || type === 'keyword_argument') && !holdsAsValue(parent, child)) return 'plain';
      if (type === 'ObjectProperty' || type === 'pair') continue;
      if (type === 'keyword_argument' || type === 'argument_list' || type === 'CallExpression' || type === 'NewExpression') {
        const found = argumentOf(parent, child);
        if (!found) return 'plain';
        const place = this.argumentPlace(found.call, found.argument, depth);
        if (place !== 'transparent') return place;
        // a `*Args(...)` object: carry on from the call
        child = found.call;
        parent = found.call;
        continue;
      }
      if (FUNCTIONS.has(type)) return isApplyCallback(parent) ? 'callback' : 'plain';
      if (type === 'VariableDeclarator' || type === 'assignment') return this.variablePlace(parent, child, depth);
      return 'plain';
    }
    return 'plain';
  }

  /** The place of an argument (a positional value, or a Python keyword argument) of `call`; 'transparent' for a `*Args(...)` object. */
  private argumentPlace(call: Value, argument: Value, depth: number): Place | 'transparent' {
    if (call.kind === 'object') return 'transparent';
    const view = call.asCall();
    if (!view) return 'plain';
    const resource = this.resourceAt(call);
    const keyword = nodeType(argument) === 'keyword_argument' ? (argument.node as Node).childForFieldName('name')?.text : undefined;
    if (resource) {
      if (keyword !== undefined) return keyword === 'resource_name' ? 'name' : keyword === 'opts' ? 'plain' : 'input';
      const index = view.args.findIndex((a) => same(a, argument));
      return index === 0 ? 'name' : index === 1 ? 'input' : 'plain';
    }
    if (INPUT_CALLS.has(call.qualifiedName() ?? '') || INPUT_METHODS.has(view.method ?? '')) return 'input';
    if (serializerOf(call, this.ctx) && this.outputsIn(call).length > 0) return this.placeOf(call, depth);
    return 'plain';
  }

  private resourceAt(call: Value): Resource | undefined {
    return this.pulumi.allResources().find((r) => r.start === call.start && r.end === call.end);
  }

  /** A local is as good as the places it is read in (an exported `const` is an output of the stack). */
  private variablePlace(declaration: Value, child: Value, depth: number): Place {
    const name = boundName(declaration, child);
    if (name === undefined) return 'plain';
    if (nodeType(declaration.parent()?.parent() ?? declaration) === 'ExportNamedDeclaration') return 'input';
    const variable = this.pulumi.variable(name, child);
    if (!variable || variable.references.length === 0 || depth >= MAX_DEPTH) return 'plain';
    return variable.references.every((r) => this.placeOf(r, depth + 1) === 'input') ? 'input' : 'plain';
  }
}

function hasOutput(resource: Resource, attribute: string, language: 'ts' | 'py'): boolean {
  if (attribute === 'id' || attribute === 'urn') return true;
  if (SCHEMALESS.some((p) => resource.type.startsWith(p))) return true;
  if (!resource.type.startsWith('aws.')) return false;
  const module = resource.module === 'aws' ? '' : resource.module.slice('aws.'.length);
  return ([7, 6] as const).some((major) => {
    const outputs = providerSchema(major).module(module)?.resources[resource.className]?.outputs ?? [];
    return outputs.some((o) => (language === 'py' ? pythonName(o) : o) === attribute);
  });
}

function isHead(name: Value): boolean {
  const parent = name.parent();
  return !!parent && (parent.kind === 'member' || parent.kind === 'call') && parent.start === name.start;
}

function insideFunction(value: Value, container: Value): boolean {
  for (let v = value.parent(); v && !same(v, container); v = v.parent()) if (FUNCTIONS.has(nodeType(v))) return true;
  return false;
}

function isApplyCallback(fn: Value): boolean {
  const parent = fn.parent();
  // a Python call holds its arguments in an argument_list
  const call = parent && nodeType(parent) === 'argument_list' ? parent.parent() : parent;
  const view = call?.asCall();
  return view?.method === 'apply' && view.args.some((a) => same(a, fn));
}

/** `JSON.stringify(x)` / `json.dumps(x)`: the callee to replace. */
function serializerOf(call: Value, ctx: RuleContext): Value | undefined {
  const view = call.asCall();
  if (!view || view.args.length === 0) return undefined;
  const callee = view.callee.path()?.join('.');
  if (ctx.language === 'ts') return callee === 'JSON.stringify' ? view.callee : undefined;
  const fromImport = callee === 'dumps' && /^from[ \t]+json[ \t]+import\b[^\n]*\bdumps\b/m.test(ctx.source);
  return callee === 'json.dumps' || fromImport ? view.callee : undefined;
}

/** A string builder nested in another (`a + b` inside `a + b + c`, an f-string in an implicit concatenation) is part of the outer one. */
function isNestedBuilder(value: Value): boolean {
  const parent = value.parent();
  if (!parent) return false;
  const type = nodeType(parent);
  return type === 'TaggedTemplateExpression' || type === 'concatenated_string' || (parent.kind === 'template' && (type === 'BinaryExpression' || type === 'binary_operator'));
}

/**
 * The operands of a TS `+` chain that builds a string, left to right, as
 * written: sub-chains that add strings are flattened (`"a" + b + c`), others
 * stay whole (`1 + 2` in `1 + 2 + "x"` is a number first), as JavaScript
 * evaluates them.
 */
function plusOperands(node: t.Node, source: string): string[] {
  const stringy = (n: t.Node): boolean => n.type === 'StringLiteral' || n.type === 'TemplateLiteral' || (n.type === 'BinaryExpression' && n.operator === '+' && (stringy(n.left) || stringy(n.right)));
  if (node.type === 'BinaryExpression' && node.operator === '+' && stringy(node)) return [...plusOperands(node.left, source), ...plusOperands(node.right, source)];
  return [source.slice(node.start ?? 0, node.end ?? 0)];
}

const PY_RESERVED = new Set(['id', 'type', 'hash', 'format', 'input', 'filter', 'map', 'object', 'property', 'str', 'list', 'dict', 'set', 'vars', 'dir', 'next', 'max', 'min', 'len', 'range', 'zip', 'all', 'any', 'iter', 'open', 'bytes', 'int', 'float', 'bool', 'lambda', 'print']);

/** `bucket.arn.apply(lambda arn: f"{arn}/*")`, or `Output.all(a, b).apply(lambda values: ...)` with `values[i]`. */
function pythonApply(ctx: RuleContext, builder: Value, outputs: Value[]): string | undefined {
  const texts = [...new Set(outputs.map((o) => o.text))];
  const single = texts.length === 1;
  const sorted = [...outputs].sort((a, b) => a.start - b.start);
  const rewrite = (replace: (output: Value) => string): string => {
    let body = '';
    let cursor = builder.start;
    for (const output of sorted) {
      body += ctx.source.slice(cursor, output.start) + replace(output);
      cursor = output.end;
    }
    return body + ctx.source.slice(cursor, builder.end);
  };
  // the parameter must not hide a name the rest of the string reads
  const rest = rewrite(() => '');
  const last = outputs[0].path()?.at(-1);
  const param = single && last && /^[a-z_]\w*$/.test(last) && !PY_RESERVED.has(last) && unusedName(rest, last) === last ? last : unusedName(rest, single ? 'value' : 'values');
  const body = rewrite((output) => (single ? param : `${param}[${texts.indexOf(output.text)}]`));
  if (single) return `${texts[0]}.apply(lambda ${param}: ${body})`;
  const all = ctx.pulumi.spell('pulumi.Output');
  return all && `${all}.all(${texts.join(', ')}).apply(lambda ${param}: ${body})`;
}

/** String methods a program chains on a built string (`\`...\`.toLowerCase()`): on an Output they run inside the apply. */
const STRING_METHODS = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll', 'slice', 'substring', 'lower', 'upper', 'casefold', 'strip', 'lstrip', 'rstrip']);

/** The builder with the string-method calls chained on it: what the fix turns into an Output. */
function withStringMethods(builder: Value): Value {
  let whole = builder;
  for (;;) {
    const call = whole.parent()?.parent();
    const view = call?.asCall();
    if (!call || !view?.receiver || !same(view.receiver, whole) || !STRING_METHODS.has(view.method ?? '')) return whole;
    whole = call;
  }
}

/**
 * The edits that make a string builder an Output: `pulumi.interpolate` /
 * `pulumi.concat(...)` in TypeScript, with chained string methods moved into
 * `.apply((s) => s.toLowerCase())`; in Python the whole expression goes
 * into `.apply(lambda ...)`.
 */
function builderFix(ctx: RuleContext, builder: Value, whole: Value, outputs: Value[]): Edit[] | undefined {
  const { pulumi, source } = ctx;
  if (ctx.language === 'py') {
    const text = pythonApply(ctx, whole, outputs);
    return text === undefined ? undefined : [whole.replace(text)];
  }
  const template = nodeType(builder) === 'TemplateLiteral';
  const builderName = pulumi.spell(template ? 'pulumi.interpolate' : 'pulumi.concat');
  if (!builderName) return undefined;
  const edits = template ? [insertAt(builder.start, builderName)] : [builder.replace(`${builderName}(${plusOperands(builder.node as t.Node, source).join(', ')})`)];
  if (whole === builder) return edits;
  const methods = source.slice(builder.end, whole.end);
  const param = unusedName(methods, 's');
  return [...edits, { start: builder.end, end: whole.end, text: `.apply((${param}) => ${param}${methods})` }];
}

const REPORTS: Record<Exclude<Place, 'input'>, string> = { name: 'outputInName', callback: 'outputInApply', plain: 'outputAsString' };

function checkBuilders(ctx: RuleContext, oracle: OutputOracle): void {
  for (const builder of ctx.pulumi.expressions('template')) {
    if (isNestedBuilder(builder)) continue;
    const parts = builder.parts().filter((p): p is Extract<ValuePart, { kind: 'expression' }> => p.kind === 'expression');
    const outputs = parts.flatMap((p) => (p.value && oracle.isOutput(p.value) ? [p.value] : []));
    if (outputs.length === 0) continue;
    const whole = withStringMethods(builder);
    const place = oracle.placeOf(whole);
    const data = { output: shown(outputs[0]) };
    if (place !== 'input') {
      ctx.report(builder, REPORTS[place], { data });
      continue;
    }
    const edits = builderFix(ctx, builder, whole, outputs);
    const messageId = ctx.language === 'py' ? 'apply' : nodeType(builder) === 'TemplateLiteral' ? 'interpolate' : 'concat';
    // other rules rewrite names inside the string or add `.toLowerCase()` around it: wrap it once they are done
    ctx.report(builder, edits ? messageId : 'outputAsString', { data, fix: edits && (() => edits), defer: true });
  }
}

function checkSerializers(ctx: RuleContext, oracle: OutputOracle): void {
  // the walk over every call is costly on large files: most have no serializer at all
  if (!(ctx.language === 'ts' ? /\bJSON\.stringify\b/ : /\bdumps\b/).test(ctx.source)) return;
  for (const call of ctx.pulumi.expressions('call')) {
    const callee = serializerOf(call, ctx);
    const outputs = callee ? oracle.outputsIn(call) : [];
    if (!callee || outputs.length === 0) continue;
    const data = { output: shown(outputs[0]), serializer: callee.text };
    const place = oracle.placeOf(call);
    if (place !== 'input') {
      ctx.report(call, place === 'callback' ? 'outputInApply' : 'serializedOutside', { data });
      continue;
    }
    const replacement = ctx.language === 'ts' ? ctx.pulumi.spell('pulumi.jsonStringify') : ctx.pulumi.spell('pulumi.Output') && `${ctx.pulumi.spell('pulumi.Output')}.json_dumps`;
    ctx.report(call, ctx.language === 'ts' ? 'jsonStringify' : 'jsonDumps', {
      data: { ...data, replacement: replacement ?? '' },
      fix: replacement ? () => [callee.replace(replacement)] : undefined,
    });
  }
}

function check(ctx: RuleContext): void {
  const oracle = new OutputOracle(ctx);
  checkSerializers(ctx, oracle);
  checkBuilders(ctx, oracle);
}

export default defineRule({
  meta: {
    id: 'output-in-string',
    title: 'Pulumi Output used as a plain string',
    description: 'Builds strings and JSON that hold resource attributes with pulumi.interpolate / pulumi.jsonStringify / Output.apply / Output.json_dumps instead of templates, f-strings and JSON.stringify / json.dumps',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      interpolate: '`{{output}}` is a Pulumi Output: in a template literal it becomes a warning message, not its value. `pulumi.interpolate` waits for the value',
      concat: '`{{output}}` is a Pulumi Output: added to a string it becomes a warning message, not its value. `pulumi.concat(...)` waits for the value',
      apply: '`{{output}}` is a Pulumi Output: formatted into a string it becomes a warning message, not its value. Build the string in `.apply(...)`, which waits for the value',
      jsonStringify: '`{{output}}` is a Pulumi Output: {{serializer}} writes a warning message in its place. {{replacement}} waits for the values',
      jsonDumps: '`{{output}}` is a Pulumi Output: {{serializer}} raises TypeError on it. {{replacement}} waits for the values',
      outputInName: '`{{output}}` is a Pulumi Output, whose value is known only during deployment: a resource name must be plain text. Build the name from config or constants',
      outputInApply: '`{{output}}` is still an Output inside this apply callback (only the values the apply waits for are plain there): pass it to pulumi.all([...]) / Output.all(...) with the others and use the resolved value',
      outputAsString: '`{{output}}` is a Pulumi Output: in this string it becomes a warning message, not its value. Build the string with pulumi.interpolate / Output.apply where it is passed to a resource, or read the value inside .apply(...)',
      serializedOutside: '`{{output}}` is a Pulumi Output that {{serializer}} cannot serialize. Build the JSON with pulumi.jsonStringify / Output.json_dumps where it is passed to a resource, or inside .apply(...)',
    },
    fact: 'A Pulumi Output\'s value is known only during deployment: turned into text (template literal, `+`, f-string, str.format, JSON.stringify) it gives a warning message instead, and json.dumps raises TypeError. pulumi.interpolate, pulumi.concat, pulumi.jsonStringify, Output.apply and Output.json_dumps wait for the value, and their result is accepted wherever a resource takes an Input.',
    sources: [
      '@pulumi/pulumi 3.248.0 output.js (Output.toString / toJSON: "Calling [toString] on an [Output<T>] is not supported") and output.d.ts (interpolate, concat, jsonStringify)',
      'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/ (outputs and strings, JSON)',
      'pulumi sdk/python/lib/pulumi/output.py (Output.apply, Output.all, Output.json_dumps); corpus: Output.json_dumps in the corrected answers pulumi-py/Pr5458 and Pr7737',
    ],
  },
  ts: check,
  py: check,
});

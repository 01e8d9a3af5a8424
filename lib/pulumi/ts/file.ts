/**
 * The Pulumi view of a TypeScript/JavaScript file: every way a program names
 * a resource (`import * as aws`, `import { s3 } from "@pulumi/aws"`,
 * `import { Bucket } from "@pulumi/aws/s3"`, `require(...)`), where each
 * resource is bound (`const x`, `this.x`, class fields, not at all), and
 * editors for its arguments and options. Built in one walk of the tree.
 */
import type * as t from '@babel/types';
import type { Language, Located } from '../../rule';
import { insertAt, replaceRange, type Edit } from '../../text/edits';
import { appendListItem, removeStatement, TS_SYNTAX } from '../../text/layout';
import type { Prop, PulumiFile, Resource, Value, ValueKind, Variable } from '../model';
import { within } from '../within';
import { walk } from '../../ts/walk';
import { collectAllValues, TsValue, memberPath, unwrap, type TsScope } from './values';

/** '@pulumi/aws' → 'aws', '@pulumi/aws/s3' → 'aws.s3', '@pulumi/random' → 'random'. */
export function packageRoot(specifier: string): string | undefined {
  const match = /^@pulumi\/([a-z0-9-]+)((?:\/[A-Za-z0-9_]+)*)$/.exec(specifier);
  if (!match) return undefined;
  return [match[1], ...match[2].split('/').filter(Boolean)].join('.');
}

/**
 * A snippet without any Pulumi import (common in Markdown answers) is read
 * with the names every Pulumi example uses.
 */
const CONVENTIONAL_NAMES = [
  ['aws', 'aws'],
  ['pulumi', 'pulumi'],
  ['random', 'random'],
  ['awsx', 'awsx'],
];

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod']);

function isFunction(node: t.Node): boolean {
  return FUNCTION_TYPES.has(node.type);
}

function isStatementList(node: t.Node): boolean {
  return node.type === 'Program' || node.type === 'BlockStatement' || node.type === 'StaticBlock' || node.type === 'ClassBody' || node.type === 'SwitchCase' || node.type === 'TSModuleBlock';
}

function rangeOf(node: t.Node): Located {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

interface Declaration {
  name: string;
  init: t.Node | null;
  scope: Located;
  at: number;
}

export class TsPulumiFile implements PulumiFile, TsScope {
  readonly language: Language = 'ts';
  private readonly imported = new Map<string, string>();
  private readonly constructions: { node: t.NewExpression; ancestors: t.Node[] }[] = [];
  private readonly declarations = new Map<string, Declaration[]>();
  /** declarator start → its `const`/`let` statement */
  private readonly declarationStatements = new Map<number, { range: Located; alone: boolean; constant: boolean }>();
  private resourceList: TsResource[] | undefined;
  private links: { parents: WeakMap<t.Node, t.Node>; references: Map<string, Value[]> } | undefined;
  /** whether the file imports a Pulumi package itself (false for a snippet, read with the conventional names) */
  readonly importsPulumi: boolean;

  constructor(
    readonly source: string,
    readonly ast: t.File,
  ) {
    walk(ast.program, (node, ancestors) => {
      switch (node.type) {
        case 'ImportDeclaration':
          this.recordImport(node);
          break;
        case 'VariableDeclarator':
          this.recordDeclarator(node, ancestors);
          break;
        case 'VariableDeclaration':
          this.recordDeclarationStatement(node, ancestors);
          break;
        case 'NewExpression':
          this.constructions.push({ node, ancestors: [...ancestors] });
          break;
        default:
      }
    });
    this.importsPulumi = this.imported.size > 0;
    if (!this.importsPulumi) for (const [local, root] of CONVENTIONAL_NAMES) this.imported.set(local, root);
  }

  private recordImport(node: t.ImportDeclaration): void {
    const root = packageRoot(node.source.value);
    if (!root) return;
    for (const spec of node.specifiers) {
      if (spec.type === 'ImportSpecifier') {
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
        this.imported.set(spec.local.name, `${root}.${imported}`);
      } else {
        this.imported.set(spec.local.name, root);
      }
    }
  }

  private recordDeclarator(node: t.VariableDeclarator, ancestors: readonly t.Node[]): void {
    const init = node.init ? unwrap(node.init) : null;
    const required = init && init.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' && init.arguments[0]?.type === 'StringLiteral' ? packageRoot(init.arguments[0].value) : undefined;
    if (required && node.id.type === 'Identifier') this.imported.set(node.id.name, required);
    if (required && node.id.type === 'ObjectPattern') {
      for (const p of node.id.properties) {
        if (p.type === 'ObjectProperty' && p.key.type === 'Identifier' && p.value.type === 'Identifier') this.imported.set(p.value.name, `${required}.${p.key.name}`);
      }
    }
    if (node.id.type === 'Identifier') {
      const scopeNode = [...ancestors].reverse().find((a) => isFunction(a) || a.type === 'Program') ?? ancestors[0];
      const list = this.declarations.get(node.id.name) ?? [];
      list.push({ name: node.id.name, init: node.init ?? null, scope: rangeOf(scopeNode), at: node.start ?? 0 });
      this.declarations.set(node.id.name, list);
    }
  }

  /** Where each declarator's statement is, its kind, and whether that statement can be removed on its own. */
  private recordDeclarationStatement(node: t.VariableDeclaration, ancestors: readonly t.Node[]): void {
    const parent = ancestors[ancestors.length - 1];
    const alone = node.declarations.length === 1 && parent !== undefined && isStatementList(parent);
    for (const declarator of node.declarations) this.declarationStatements.set(declarator.start ?? 0, { range: rangeOf(node), alone, constant: node.kind === 'const' });
  }

  qualify(node: t.Node): string | undefined {
    const n = unwrap(node);
    if (n.type === 'Identifier') return this.imported.get(n.name);
    if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.computed && n.property.type === 'Identifier') {
      const head = this.qualify(n.object);
      return head && `${head}.${n.property.name}`;
    }
    return undefined;
  }

  /** The local name under which a package root is imported ('pulumi' → 'pulumi'). */
  localNameOf(qualified: string): string | undefined {
    for (const [local, q] of this.imported) if (q === qualified) return local;
    return undefined;
  }

  spell(qualified: string): string | undefined {
    const local = this.localNameOf(qualified);
    if (local) return local;
    const dot = qualified.lastIndexOf('.');
    const head = dot === -1 ? undefined : this.spell(qualified.slice(0, dot));
    return head && `${head}.${qualified.slice(dot + 1)}`;
  }

  /** The declaration of `name` visible at `offset` (the nearest one declared before it in an enclosing scope). */
  declarationOf(name: string, offset: number): Declaration | undefined {
    const candidates = (this.declarations.get(name) ?? []).filter((d) => d.scope.start <= offset && offset <= d.scope.end);
    return candidates.sort((a, b) => b.scope.start - a.scope.start)[0];
  }

  allResources(): Resource[] {
    if (!this.resourceList) {
      this.resourceList = [];
      for (const { node, ancestors } of this.constructions) {
        const type = this.qualify(node.callee);
        if (!type || !type.includes('.')) continue;
        const className = type.slice(type.lastIndexOf('.') + 1);
        if (!/^[A-Z]/.test(className) || type.startsWith('pulumi.')) continue;
        this.resourceList.push(new TsResource(node, ancestors, type, this));
      }
    }
    return this.resourceList;
  }

  resources(...types: string[]): Resource[] {
    return this.allResources().filter((r) => types.includes(r.type));
  }

  resourceOf(value: Value): Resource | undefined {
    const path = value.path();
    if (!path) return undefined;
    const bindings = path[0] === 'this' ? [path.slice(0, 2).join('.')] : [path[0]];
    const matches = this.allResources().filter((r) => r.binding !== undefined && bindings.includes(r.binding) && (r.binding.startsWith('this.') || r.visibleAt(value)));
    return matches[matches.length - 1];
  }

  propName(camelCase: string): string {
    return camelCase;
  }

  imports(pkg: string): boolean {
    for (const q of this.imported.values()) if (q === pkg || q.startsWith(`${pkg}.`)) return true;
    return false;
  }

  /** every expression by kind, collected on first use: every rule asks, the tree is walked once */
  private byKind: Map<ValueKind, Value[]> | undefined;

  expressions(kind: ValueKind): Value[] {
    return [...this.collected(kind)];
  }

  expressionsWithin(kind: ValueKind, range: Located): Value[] {
    return within(this.collected(kind), range);
  }

  private collected(kind: ValueKind): Value[] {
    this.byKind ??= collectAllValues(this.ast.program, this);
    return this.byKind.get(kind) ?? [];
  }

  parentOf(node: t.Node): t.Node | undefined {
    return this.linked().parents.get(node);
  }

  variable(name: string, at: Located): Variable | undefined {
    const declaration = this.declarationOf(name, at.start);
    const statement = declaration && this.declarationStatements.get(declaration.at);
    if (!declaration?.init || !statement?.constant) return undefined;
    const sameScope = (this.declarations.get(name) ?? []).filter((d) => d.scope.start === declaration.scope.start && d.scope.end === declaration.scope.end);
    if (sameScope.length !== 1) return undefined;
    const source = this.source;
    return {
      name,
      value: this.value(declaration.init),
      statement: statement.range,
      references: this.referencesTo(name).filter((r) => declaration.scope.start <= r.start && r.end <= declaration.scope.end),
      remove: () => (statement.alone ? removeStatement(source, statement.range, TS_SYNTAX) : undefined),
    };
  }

  /** Identifiers that read `name` (not declarations, property keys or member names). */
  private referencesTo(name: string): Value[] {
    return this.linked().references.get(name) ?? [];
  }

  /** Parent links and identifier reads, built in one lazy walk the first time a rule asks for either. */
  private linked(): { parents: WeakMap<t.Node, t.Node>; references: Map<string, Value[]> } {
    if (!this.links) {
      const parents = new WeakMap<t.Node, t.Node>();
      const references = new Map<string, Value[]>();
      walk(this.ast.program, (node, ancestors) => {
        const parent = ancestors[ancestors.length - 1];
        if (parent) parents.set(node, parent);
        if (node.type !== 'Identifier' || !isReadingPosition(node, parent)) return;
        const list = references.get(node.name) ?? [];
        list.push(this.value(node));
        references.set(node.name, list);
      });
      this.links = { parents, references };
    }
    return this.links;
  }

  value(node: t.Node): TsValue {
    return new TsValue(node, this);
  }
}

class TsResource implements Resource {
  readonly module: string;
  readonly className: string;
  readonly binding: string | undefined;
  readonly statement: Located;
  readonly componentSelf: string | undefined;
  private readonly scopeRange: Located;
  private readonly statementNode: t.Node | undefined;
  /** whether the statement sits directly in a function body or the program, where a `const` reaches the whole scope */
  private readonly atScopeTop: boolean;

  constructor(
    readonly node: t.NewExpression,
    ancestors: t.Node[],
    readonly type: string,
    private readonly file: TsPulumiFile,
  ) {
    const parts = type.split('.');
    this.className = parts[parts.length - 1];
    this.module = parts.slice(0, -1).join('.');
    this.binding = bindingOf(node, ancestors);
    this.componentSelf = componentThis(ancestors, file);
    let deepestList = -1;
    ancestors.forEach((a, i) => {
      if (isStatementList(a)) deepestList = i;
    });
    this.statement = rangeOf(ancestors[deepestList + 1] ?? node);
    this.statementNode = ancestors[deepestList + 1];
    const list = ancestors[deepestList];
    this.atScopeTop = list?.type === 'Program' || (list?.type === 'BlockStatement' && isFunction(ancestors[deepestList - 1]));
    const scopeNode = [...ancestors].reverse().find((a) => (this.binding?.startsWith('this.') ? a.type === 'ClassBody' : isFunction(a) || a.type === 'Program'));
    this.scopeRange = rangeOf(scopeNode ?? node);
  }

  get start(): number {
    return this.node.start ?? 0;
  }

  get end(): number {
    return this.node.end ?? 0;
  }

  private argument(index: number): t.Node | undefined {
    const arg = this.node.arguments[index];
    return arg && arg.type !== 'SpreadElement' && arg.type !== 'ArgumentPlaceholder' ? arg : undefined;
  }

  get name(): Value | undefined {
    const arg = this.argument(0);
    return arg && this.file.value(arg);
  }

  /** The args object; a `const` name is followed to its object literal. */
  get args(): Value | undefined {
    const arg = this.argument(1);
    if (!arg) return undefined;
    const inner = unwrap(arg);
    if (inner.type === 'Identifier') {
      const decl = this.file.declarationOf(inner.name, this.start);
      if (decl?.init && unwrap(decl.init).type === 'ObjectExpression') return this.file.value(decl.init);
    }
    return this.file.value(arg);
  }

  arg(name: string): Prop | undefined {
    return this.args?.prop(name);
  }

  get options(): Value | undefined {
    const arg = this.argument(2);
    return arg && this.file.value(arg);
  }

  option(name: string): Prop | undefined {
    return this.options?.prop(name);
  }

  visibleAt(at: Located): boolean {
    return this.scopeRange.start <= at.start && at.start <= this.scopeRange.end && this.statement.end <= at.start;
  }

  addDependsOn(refs: string[]): Edit[] | null {
    const source = this.file.source;
    const options = this.options;
    if (!options) {
      const args = this.argument(1);
      if (!args) return null;
      return this.appendArgument(`{ dependsOn: [${refs.join(', ')}] }`);
    }
    const literal = this.optionsLiteral();
    if (literal) {
      const existing = literal.prop('dependsOn');
      if (!existing) return literal.addProp('dependsOn', `[${refs.join(', ')}]`);
      const current = existing.value;
      if (current.kind === 'array') {
        const items = current.elements();
        const missing = refs.filter((r) => !items.some((e) => e.text === r));
        if (missing.length === 0) return null;
        const inner = unwrap(current.node as t.Node) as t.ArrayExpression;
        return appendListItem(source, { open: (inner.start ?? 0) + 1, close: (inner.end ?? 0) - 1, items: items.map((e) => ({ start: e.start, end: e.end })), pad: '' }, missing.join(', '), TS_SYNTAX);
      }
      if (refs.includes(current.text)) return null;
      if (current.kind === 'null') return [current.replace(`[${refs.join(', ')}]`)];
      const item = this.asListItem(current);
      return item === undefined ? null : [current.replace(`[${[item, ...refs].join(', ')}]`)];
    }
    const pulumi = this.file.localNameOf('pulumi');
    if (!pulumi) return null;
    return [options.replace(`${pulumi}.mergeOptions(${options.text}, { dependsOn: [${refs.join(', ')}] })`)];
  }

  /**
   * How a single `dependsOn` value goes into a new list with others: a
   * resource as itself, a `const` holding a list spread (`...deps`);
   * undefined when the tree cannot tell which it is.
   */
  private asListItem(value: Value): string | undefined {
    if (this.file.resourceOf(value)) return value.text;
    const bound = value.kind === 'name' ? this.file.variable(value.text, value)?.value : undefined;
    return bound?.kind === 'array' ? `...${value.text}` : undefined;
  }

  setsOption(name: string): boolean | undefined {
    const options = this.writtenOptions();
    if (options === null) return false;
    return options ? this.objectSets(options, name) : undefined;
  }

  /** Whether an options object sets `name`, also through spreads of local `const` objects (`{ ...defaultOpts, dependsOn }`). */
  private objectSets(object: Value, name: string, depth = 0): boolean | undefined {
    if (object.prop(name)) return true;
    let known = true;
    for (const entry of (unwrap(object.node as t.Node) as t.ObjectExpression).properties) {
      if (entry.type !== 'SpreadElement') continue;
      const spread = this.file.value(entry.argument);
      const spreadObject = spread.kind === 'name' && depth < 3 ? this.file.variable(spread.text, spread)?.value : undefined;
      const sets = spreadObject?.kind === 'object' ? this.objectSets(spreadObject, name, depth + 1) : undefined;
      if (sets === true) return true;
      if (sets === undefined) known = false;
    }
    return known ? false : undefined;
  }

  addOption(name: string, valueText: string): Edit[] | null {
    const options = this.options;
    const entry = `{ ${name}: ${valueText} }`;
    if (!options) {
      if (!this.argument(0) || this.node.arguments.length > 2) return null;
      // options are the third argument: an empty args object stands in for omitted args
      return this.appendArgument(this.argument(1) ? entry : `{}, ${entry}`);
    }
    if (options.kind === 'null') return [options.replace(entry)];
    if (options.kind !== 'object' || options.prop(name) || options.hasSpread()) return null;
    return options.addProp(name, valueText);
  }

  /** The options object: null when there are none, undefined when it is not written out; a `const` name is followed to its value. */
  private writtenOptions(): Value | null | undefined {
    const options = this.options;
    if (!options || options.kind === 'null') return null;
    const written = options.kind === 'name' ? this.file.variable(options.text, options)?.value : options;
    return written?.kind === 'object' ? written : undefined;
  }

  /** Appends an argument to the constructor call, after its last one. */
  private appendArgument(text: string): Edit[] {
    const source = this.file.source;
    const items = this.node.arguments.map(rangeOf);
    return appendListItem(source, { open: source.indexOf('(', this.node.callee.end ?? 0) + 1, close: (this.node.end ?? 0) - 1, items, pad: '' }, text, TS_SYNTAX);
  }

  /** The object literal holding the options: the third argument, or the last argument of `pulumi.mergeOptions(...)` there. */
  private optionsLiteral(): Value | undefined {
    const options = this.options;
    if (!options || options.kind === 'object') return options;
    if (options.kind !== 'call' || options.qualifiedName() !== 'pulumi.mergeOptions') return undefined;
    const call = unwrap(options.node as t.Node) as t.CallExpression;
    const last = call.arguments[call.arguments.length - 1];
    if (!last || last.type === 'SpreadElement' || last.type === 'ArgumentPlaceholder') return undefined;
    const literal = this.file.value(last);
    return literal.kind === 'object' ? literal : undefined;
  }

  dependsOn(): Value[] {
    const current = this.optionsLiteral()?.prop('dependsOn')?.value;
    if (!current) return [];
    return current.kind === 'array' ? current.elements() : [current];
  }

  bind(name: string): Edit[] | null {
    const statement = this.statementNode;
    if (this.binding || !this.atScopeTop || statement?.type !== 'ExpressionStatement') return null;
    const declaration = `const ${name} = `;
    const expression = unwrap(statement.expression);
    if (expression === this.node) return [insertAt(statement.expression.start ?? 0, declaration)];
    // `void new aws.x.Y(...)`, the way some programs silence "unused expression" lint rules
    if (expression.type === 'UnaryExpression' && expression.operator === 'void' && unwrap(expression.argument) === this.node) {
      return [replaceRange(expression.start ?? 0, expression.argument.start ?? 0, declaration)];
    }
    return null;
  }
}

/** Whether an identifier under `parent` can read a variable (over-approximated: anything but a declared name, a key or a member name). */
export function isReadingPosition(node: t.Identifier, parent: t.Node | undefined): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.id !== node;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.computed || parent.property !== node;
    case 'ObjectProperty':
    case 'ObjectMethod':
    case 'ClassProperty':
    case 'ClassMethod':
    case 'TSPropertySignature':
      return parent.computed || parent.key !== node;
    default:
      return true;
  }
}

/**
 * 'this' when a construction runs where `this` is an instance of a class that
 * extends pulumi.ComponentResource: an instance method, constructor or field
 * initializer, or an arrow function inside one (arrows keep `this`; `function`
 * expressions, object methods and static members do not).
 */
function componentThis(ancestors: readonly t.Node[], file: TsPulumiFile): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    // `this` cannot be used before super() returns
    if (node.type === 'CallExpression' && node.callee.type === 'Super') return undefined;
    if (node.type === 'ArrowFunctionExpression') continue;
    if (node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod' || node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') {
      const owner = ancestors[i - 2];
      if (node.static || !owner || (owner.type !== 'ClassDeclaration' && owner.type !== 'ClassExpression') || !owner.superClass) return undefined;
      return file.qualify(owner.superClass) === 'pulumi.ComponentResource' ? 'this' : undefined;
    }
    if (isFunction(node) || node.type === 'StaticBlock') return undefined;
  }
  return undefined;
}

function bindingOf(node: t.Node, ancestors: readonly t.Node[]): string | undefined {
  let child: t.Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i];
    if (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSSatisfiesExpression' || parent.type === 'AwaitExpression' || parent.type === 'ParenthesizedExpression') {
      child = parent;
      continue;
    }
    if (parent.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') return parent.id.name;
    if (parent.type === 'AssignmentExpression' && parent.right === child) return memberPath(parent.left)?.join('.');
    if ((parent.type === 'ClassProperty' || parent.type === 'ClassPrivateProperty') && parent.value === child && parent.key.type === 'Identifier') return `this.${parent.key.name}`;
    return undefined;
  }
  return undefined;
}

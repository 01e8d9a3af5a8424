/**
 * The Pulumi view of a Python file: `import pulumi_aws as aws`, `from
 * pulumi_aws import s3`, `from pulumi_aws.s3 import Bucket`; resources bound
 * to locals, to `self.x`, or not at all; arguments as keyword arguments, as
 * an `args=*Args(...)` object, or as dicts; options through `opts=`.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { Language, Located } from '../../rule';
import { insertAt, type Edit } from '../../text/edits';
import { appendListItem, PY_SYNTAX, removeStatement } from '../../text/layout';
import type { Prop, PulumiFile, Resource, Value, ValueKind, Variable } from '../model';
import { within } from '../within';
import { camelToSnake, canonicalSegment, escapedSegment, pythonPackageRoot } from './names';
import { collectPyValues, named, pathOf, PyValue, unwrapPy, type PyScope } from './values';

/**
 * A snippet without any Pulumi import (common in Markdown answers) is read
 * with the names every Pulumi example uses.
 */
const CONVENTIONAL_NAMES = [
  ['aws', 'aws'],
  ['pulumi', 'pulumi'],
  ['random', 'random'],
];

const SCOPE_TYPES = new Set(['function_definition', 'lambda', 'module']);

function rangeOf(node: Node): Located {
  return { start: node.startIndex, end: node.endIndex };
}

export class PyPulumiFile implements PulumiFile, PyScope {
  readonly language: Language = 'py';
  private readonly imported = new Map<string, string>();
  private readonly calls: Node[] = [];
  private resourceList: PyResource[] | undefined;
  private referenceIndex: Map<string, Value[]> | undefined;

  constructor(
    readonly source: string,
    readonly tree: Tree,
  ) {
    this.index(tree.rootNode);
    if (this.imported.size === 0) for (const [local, root] of CONVENTIONAL_NAMES) this.imported.set(local, root);
  }

  private index(root: Node): void {
    const cursor = root.walk();
    let descend = true;
    for (;;) {
      if (descend) {
        const node = cursor.currentNode;
        if (node.type === 'import_statement' || node.type === 'import_from_statement') this.recordImport(node);
        else if (node.type === 'call') this.calls.push(node);
      }
      if (descend && cursor.gotoFirstChild()) continue;
      if (cursor.gotoNextSibling()) {
        descend = true;
        continue;
      }
      if (!cursor.gotoParent()) break;
      descend = false;
    }
    cursor.delete();
  }

  private recordImport(node: Node): void {
    if (node.type === 'import_statement') {
      for (const item of node.childrenForFieldName('name')) {
        if (!item) continue;
        if (item.type === 'aliased_import') {
          const root = pythonPackageRoot(item.childForFieldName('name')?.text ?? '');
          const alias = item.childForFieldName('alias')?.text;
          if (root && alias) this.imported.set(alias, root);
        } else {
          const dotted = item.text;
          const root = pythonPackageRoot(dotted.split('.')[0]);
          if (root) this.imported.set(dotted.split('.')[0], root);
        }
      }
      return;
    }
    const moduleName = node.childForFieldName('module_name')?.text ?? '';
    const root = pythonPackageRoot(moduleName);
    if (!root) return;
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      if (item.type === 'aliased_import') {
        const name = item.childForFieldName('name')?.text ?? '';
        const alias = item.childForFieldName('alias')?.text;
        if (alias) this.imported.set(alias, `${root}.${canonicalSegment(name)}`);
      } else {
        this.imported.set(item.text, `${root}.${canonicalSegment(item.text)}`);
      }
    }
  }

  qualify(node: Node): string | undefined {
    const n = unwrapPy(node);
    if (n.type === 'identifier') return this.imported.get(n.text);
    if (n.type === 'attribute') {
      const head = this.qualify(n.childForFieldName('object') as Node);
      const attr = n.childForFieldName('attribute')?.text;
      return head && attr ? `${head}.${canonicalSegment(attr)}` : undefined;
    }
    return undefined;
  }

  /** The expression text that names a qualified Pulumi symbol here: 'pulumi.ResourceOptions' or 'ResourceOptions'; 'aws.lambda.Permission' → 'aws.lambda_.Permission'. */
  spell(qualified: string): string | undefined {
    for (const [local, q] of this.imported) if (q === qualified) return local;
    const dot = qualified.lastIndexOf('.');
    if (dot === -1) return undefined;
    const head = this.spell(qualified.slice(0, dot));
    return head && `${head}.${escapedSegment(qualified.slice(dot + 1))}`;
  }

  allResources(): Resource[] {
    if (!this.resourceList) {
      this.resourceList = [];
      for (const call of this.calls) {
        const fn = call.childForFieldName('function');
        const type = fn && this.qualify(fn);
        if (!type || !type.includes('.') || type.startsWith('pulumi.')) continue;
        const className = type.slice(type.lastIndexOf('.') + 1);
        if (!/^[A-Z]/.test(className) || className.endsWith('Args')) continue;
        this.resourceList.push(new PyResource(call, type, this));
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
    const binding = path[0] === 'self' ? path.slice(0, 2).join('.') : path[0];
    const matches = this.allResources().filter((r) => r.binding === binding && (binding.startsWith('self.') || r.visibleAt(value)));
    return matches[matches.length - 1];
  }

  propName(camelCase: string): string {
    return camelToSnake(camelCase);
  }

  imports(pkg: string): boolean {
    for (const q of this.imported.values()) if (q === pkg || q.startsWith(`${pkg}.`)) return true;
    return false;
  }

  /** each kind's expressions, collected on first use: every rule asks, the tree is walked once per kind */
  private readonly byKind = new Map<ValueKind, Value[]>();

  expressions(kind: ValueKind): Value[] {
    return [...this.collected(kind)];
  }

  expressionsWithin(kind: ValueKind, range: Located): Value[] {
    return within(this.collected(kind), range);
  }

  private collected(kind: ValueKind): Value[] {
    let values = this.byKind.get(kind);
    if (!values) {
      values = collectPyValues(this.tree.rootNode, kind, this);
      this.byKind.set(kind, values);
    }
    return values;
  }

  variable(name: string, at: Located): Variable | undefined {
    const use = this.tree.rootNode.descendantForIndex(at.start, at.end);
    const { assignment, scope } = (use && singleAssignment(use, name)) ?? {};
    const statement = assignment?.parent;
    const value = assignment?.childForFieldName('right');
    if (!assignment || !scope || !value || statement?.type !== 'expression_statement') return undefined;
    const target = assignment.childForFieldName('left') as Node;
    const source = this.source;
    return {
      name,
      value: this.value(value),
      statement: rangeOf(statement),
      references: this.referencesTo(name).filter((r) => r.start !== target.startIndex && scope.startIndex <= r.start && r.end <= scope.endIndex),
      // a block must keep one statement
      remove: () => (statement.parent && named(statement.parent).length > 1 ? removeStatement(source, rangeOf(statement), PY_SYNTAX) : undefined),
    };
  }

  /** Identifiers that may read `name` (not attribute names or keyword-argument names), found in one lazy walk. */
  private referencesTo(name: string): Value[] {
    if (!this.referenceIndex) {
      const index = new Map<string, Value[]>();
      const visit = (node: Node): void => {
        if (node.type === 'identifier' && isReadingPosition(node)) {
          const list = index.get(node.text) ?? [];
          list.push(this.value(node));
          index.set(node.text, list);
        }
        for (const child of node.namedChildren) if (child) visit(child);
      };
      visit(this.tree.rootNode);
      this.referenceIndex = index;
    }
    return this.referenceIndex.get(name) ?? [];
  }

  value(node: Node): PyValue {
    return new PyValue(node, this);
  }
}

function isReadingPosition(node: Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'attribute') return parent.childForFieldName('attribute')?.startIndex !== node.startIndex;
  if (parent?.type === 'keyword_argument') return parent.childForFieldName('name')?.startIndex !== node.startIndex;
  return true;
}

/** Nodes whose identifiers bind a name in the enclosing scope, other than a plain `name = value`. */
const OTHER_BINDINGS = new Set(['augmented_assignment', 'for_statement', 'for_in_clause', 'named_expression', 'pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'global_statement', 'nonlocal_statement', 'dotted_name', 'aliased_import', 'function_definition', 'class_definition', 'parameters', 'lambda_parameters', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'except_clause']);

/**
 * The one `name = value` assignment that the read of `name` at `use` sees, and
 * the scope it belongs to: the nearest enclosing function (or the module) that
 * binds the name must bind it exactly once, by a plain assignment. Anything
 * else (reassigned, a loop variable, a parameter, `global`) is undefined.
 */
function singleAssignment(use: Node, name: string): { assignment: Node; scope: Node } | undefined {
  for (let scope = enclosingPyScope(use); scope; scope = enclosingPyScope(scope)) {
    if (scope.type !== 'module' && scope.childForFieldName('parameters')?.descendantsOfType('identifier').some((p) => p?.text === name)) return undefined;
    const body = scope.type === 'module' ? scope : scope.childForFieldName('body');
    const bindings = body ? bindingsIn(body).get(name) ?? [] : [];
    if (bindings.length === 0) continue;
    const only = bindings[0];
    return bindings.length === 1 && only.type === 'assignment' ? { assignment: only, scope } : undefined;
  }
  return undefined;
}

function enclosingPyScope(node: Node): Node | null {
  let scope: Node | null = node.parent;
  while (scope && !SCOPE_TYPES.has(scope.type)) scope = scope.parent;
  return scope;
}

/** Binding sites per name in one scope body, indexed once per tree (walking the wasm tree per lookup is slow). */
const bindingIndexes = new WeakMap<object, Map<number, Map<string, Node[]>>>();

function bindingsIn(body: Node): Map<string, Node[]> {
  let perTree = bindingIndexes.get(body.tree);
  if (!perTree) bindingIndexes.set(body.tree, (perTree = new Map()));
  let index = perTree.get(body.id);
  if (!index) perTree.set(body.id, (index = new Map()));
  else return index;
  collectBindings(body, index);
  return index;
}

/** Binding sites in one scope, without entering nested functions, lambdas or classes (their own names do count). */
function collectBindings(node: Node, out: Map<string, Node[]>): void {
  const add = (name: string, site: Node) => out.set(name, [...(out.get(name) ?? []), site]);
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'identifier') {
      if (node.type === 'assignment' && node.childForFieldName('left')?.startIndex === child.startIndex) add(child.text, node);
      else if (OTHER_BINDINGS.has(node.type) && !(node.type === 'for_statement' && node.childForFieldName('left')?.startIndex !== child.startIndex)) add(child.text, node);
    }
    if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda') {
      const own = child.childForFieldName('name');
      if (own) add(own.text, child);
      continue;
    }
    collectBindings(child, out);
  }
}

const CALL_KEYWORDS = ['resource_name', 'args', 'opts'];

class PyResource implements Resource {
  readonly module: string;
  readonly className: string;
  readonly binding: string | undefined;
  readonly statement: Located;
  readonly componentSelf: string | undefined;
  private readonly scopeRange: Located;
  private readonly argumentList: Node;

  constructor(
    readonly node: Node,
    readonly type: string,
    private readonly file: PyPulumiFile,
  ) {
    const parts = type.split('.');
    this.className = parts[parts.length - 1];
    this.module = parts.slice(0, -1).join('.');
    this.argumentList = node.childForFieldName('arguments') as Node;
    let statement: Node = node;
    while (statement.parent && !['block', 'module'].includes(statement.parent.type)) statement = statement.parent;
    this.statement = rangeOf(statement);
    this.binding = bindingOf(node);
    this.componentSelf = componentSelfOf(node, file);
    let scope: Node | null = node.parent;
    const wanted = this.binding?.startsWith('self.') ? new Set(['class_definition']) : SCOPE_TYPES;
    while (scope && !wanted.has(scope.type)) scope = scope.parent;
    this.scopeRange = rangeOf(scope ?? node);
  }

  get start(): number {
    return this.node.startIndex;
  }

  get end(): number {
    return this.node.endIndex;
  }

  private positional(index: number): Node | undefined {
    return named(this.argumentList).filter((a) => !['keyword_argument', 'list_splat', 'dictionary_splat'].includes(a.type))[index];
  }

  private keyword(name: string): Node | undefined {
    const kw = named(this.argumentList).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
    return kw?.childForFieldName('value') ?? undefined;
  }

  get name(): Value | undefined {
    const node = this.positional(0) ?? this.keyword('resource_name');
    return node && this.file.value(node);
  }

  get args(): Value | undefined {
    const node = this.positional(1) ?? this.keyword('args');
    if (node) return this.file.value(node);
    return new PyValue(this.argumentList, this.file, this.argumentList, CALL_KEYWORDS);
  }

  arg(name: string): Prop | undefined {
    return this.args?.prop(name);
  }

  get options(): Value | undefined {
    const node = this.keyword('opts') ?? this.positional(2);
    return node && this.file.value(node);
  }

  option(name: string): Prop | undefined {
    const options = this.options;
    return options?.kind === 'call' ? this.keywordsOf(options.node as Node).prop(name) : undefined;
  }

  visibleAt(at: Located): boolean {
    return this.scopeRange.start <= at.start && at.start <= this.scopeRange.end && this.statement.end <= at.start;
  }

  addDependsOn(refs: string[]): Edit[] | null {
    const source = this.file.source;
    const list = `[${refs.join(', ')}]`;
    const resourceOptions = this.file.spell('pulumi.ResourceOptions');
    const options = this.options;
    if (!options) return this.createOptions(`depends_on=${list}`);
    const optionsNode = this.optionsCall();
    if (optionsNode) {
      const optionArgs = this.keywordsOf(optionsNode);
      const existing = optionArgs.prop('dependsOn');
      if (!existing) return optionArgs.addProp('dependsOn', list);
      const current = existing.value;
      if (current.kind === 'array' && ['list', 'tuple'].includes(unwrapPy(current.node as Node).type)) {
        const items = current.elements();
        const missing = refs.filter((r) => !items.some((e) => e.text === r));
        if (missing.length === 0) return null;
        const listNode = unwrapPy(current.node as Node);
        return appendListItem(source, { open: listNode.startIndex + 1, close: listNode.endIndex - 1, items: items.map((e) => ({ start: e.start, end: e.end })), pad: '' }, missing.join(', '), PY_SYNTAX);
      }
      if (refs.includes(current.text)) return null;
      if (current.kind === 'null') return [current.replace(list)];
      const item = this.asListItem(current);
      return item === undefined ? null : [current.replace(`[${[item, ...refs].join(', ')}]`)];
    }
    if (!resourceOptions) return null;
    return [options.replace(`${resourceOptions}.merge(${options.text}, ${resourceOptions}(depends_on=${list}))`)];
  }

  /**
   * How a single `depends_on` value goes into a new list with others: a
   * resource as itself, a name bound to a list or tuple unpacked (`*deps`);
   * undefined when the tree cannot tell which it is.
   */
  private asListItem(value: Value): string | undefined {
    if (this.file.resourceOf(value)) return value.text;
    const bound = value.kind === 'name' ? this.file.variable(value.text, value)?.value : undefined;
    return bound?.kind === 'array' ? `*${value.text}` : undefined;
  }

  setsOption(name: string): boolean | undefined {
    const options = this.options;
    if (!options || options.kind === 'null') return false;
    const written = options.kind === 'name' ? this.file.variable(options.text, options)?.value : options;
    const call = written && this.optionsCall(written);
    if (!call) return undefined;
    const args = this.keywordsOf(call);
    if (args.prop(name)) return true;
    // through `.merge(...)`, or with `**kwargs` / a positional parent, other options may set it
    const direct = unwrapPy(written.node as Node).startIndex === call.startIndex;
    return direct && !args.hasSpread() && !hasPositional(call) ? false : undefined;
  }

  addOption(name: string, valueText: string): Edit[] | null {
    const keyword = `${camelToSnake(name)}=${valueText}`;
    const options = this.options;
    if (named(this.argumentList).some((a) => a.type === 'dictionary_splat')) return null;
    if (!options) return this.createOptions(keyword);
    const resourceOptions = this.file.spell('pulumi.ResourceOptions');
    if (options.kind === 'null') return resourceOptions ? [options.replace(`${resourceOptions}(${keyword})`)] : null;
    if (options.kind !== 'call' || options.qualifiedName() !== 'pulumi.ResourceOptions') return null;
    const call = unwrapPy(options.node as Node);
    const args = this.keywordsOf(call);
    if (args.prop(name) || args.hasSpread() || hasPositional(call)) return null;
    return args.addProp(name, valueText);
  }

  /** The keyword arguments of a call (`ResourceOptions(parent=self, ...)`) as an object value. */
  private keywordsOf(call: Node): PyValue {
    return new PyValue(call, this.file, call.childForFieldName('arguments') as Node);
  }

  /** Edits that add `opts=ResourceOptions(<keyword>)` to the call; null when the file does not import pulumi. */
  private createOptions(keyword: string): Edit[] | null {
    const resourceOptions = this.file.spell('pulumi.ResourceOptions');
    if (!resourceOptions) return null;
    const items = named(this.argumentList).map(rangeOf);
    return appendListItem(this.file.source, { open: this.argumentList.startIndex + 1, close: this.argumentList.endIndex - 1, items, pad: '' }, `opts=${resourceOptions}(${keyword})`, PY_SYNTAX);
  }

  /** The `ResourceOptions(...)` call holding the options: `opts=` itself, or the last argument of a `.merge(...)` there. */
  private optionsCall(options = this.options): Node | undefined {
    if (options?.kind !== 'call') return undefined;
    const call = unwrapPy(options.node as Node);
    if (options.qualifiedName() === 'pulumi.ResourceOptions') return call;
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'merge') return undefined;
    const positional = named(call.childForFieldName('arguments') as Node).filter((a) => a.type !== 'keyword_argument');
    const last = positional[positional.length - 1];
    if (!last) return undefined;
    const lastValue = this.file.value(last);
    return lastValue.kind === 'call' && lastValue.qualifiedName() === 'pulumi.ResourceOptions' ? unwrapPy(last) : undefined;
  }

  dependsOn(): Value[] {
    const call = this.optionsCall();
    const current = call && this.keywordsOf(call).prop('dependsOn')?.value;
    if (!current) return [];
    return current.kind === 'array' ? current.elements() : [current];
  }

  bind(name: string): Edit[] | null {
    if (this.binding || this.node.parent?.type !== 'expression_statement') return null;
    // a name assigned in a class body is a class attribute, not a variable the next statements can read
    let scope = this.node.parent.parent;
    while (scope && !SCOPE_TYPES.has(scope.type) && scope.type !== 'class_definition') scope = scope.parent;
    if (scope?.type === 'class_definition') return null;
    return [insertAt(this.node.startIndex, `${name} = `)];
  }
}

/** `ResourceOptions(self)`: the first positional parameter is `parent`. */
function hasPositional(call: Node): boolean {
  return named(call.childForFieldName('arguments') as Node).some((a) => a.type !== 'keyword_argument' && a.type !== 'dictionary_splat');
}

/** The names a function or lambda's parameters bind. */
function parameterNames(fn: Node): string[] {
  const parameters = fn.childForFieldName('parameters');
  if (!parameters) return [];
  return named(parameters).map((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? named(p).find((c) => c.type === 'identifier'))?.text ?? ''));
}

/**
 * 'self' when a call runs in a method whose first parameter is `self`, of a
 * class that extends pulumi.ComponentResource, or in a nested function or
 * lambda there that does not rebind `self`.
 */
function componentSelfOf(call: Node, file: PyPulumiFile): string | undefined {
  for (let node = call.parent; node; node = node.parent) {
    if (node.type === 'class_definition') return undefined;
    if (node.type !== 'function_definition' && node.type !== 'lambda') continue;
    const parameters = parameterNames(node);
    const holder = node.parent?.type === 'decorated_definition' ? node.parent.parent : node.parent;
    const owner = holder?.type === 'block' ? holder.parent : null;
    if (node.type === 'function_definition' && owner?.type === 'class_definition') {
      const bases = owner.childForFieldName('superclasses');
      const isComponent = !!bases && named(bases).some((b) => file.qualify(b) === 'pulumi.ComponentResource');
      return isComponent && parameters[0] === 'self' ? 'self' : undefined;
    }
    if (parameters.includes('self')) return undefined;
  }
  return undefined;
}

function bindingOf(call: Node): string | undefined {
  const parent = call.parent;
  if (parent?.type !== 'assignment' || parent.childForFieldName('right')?.startIndex !== call.startIndex) return undefined;
  const left = parent.childForFieldName('left');
  return left ? pathOf(left)?.join('.') : undefined;
}

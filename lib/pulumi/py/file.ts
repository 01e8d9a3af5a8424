/**
 * The Pulumi view of a Python file: `import pulumi_aws as aws`, `from
 * pulumi_aws import s3`, `from pulumi_aws.s3 import Bucket`; resources bound
 * to locals, to `self.x`, or not at all; arguments as keyword arguments, as
 * an `args=*Args(...)` object, or as dicts; options through `opts=`.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { Language, Located } from '../../rule';
import type { Edit } from '../../text/edits';
import { appendListItem, PY_SYNTAX } from '../../text/layout';
import type { Prop, PulumiFile, Resource, Value } from '../model';
import { camelToSnake, canonicalSegment, pythonPackageRoot } from './names';
import { named, pathOf, PyValue, unwrapPy, type PyScope } from './values';

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

  /** The expression text that names a qualified Pulumi symbol here: 'pulumi.ResourceOptions' or 'ResourceOptions'. */
  spell(qualified: string): string | undefined {
    for (const [local, q] of this.imported) if (q === qualified) return local;
    const dot = qualified.lastIndexOf('.');
    if (dot === -1) return undefined;
    const head = this.spell(qualified.slice(0, dot));
    return head && `${head}.${qualified.slice(dot + 1)}`;
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

  value(node: Node): PyValue {
    return new PyValue(node, this);
  }
}

const CALL_KEYWORDS = ['resource_name', 'args', 'opts'];

class PyResource implements Resource {
  readonly module: string;
  readonly className: string;
  readonly binding: string | undefined;
  readonly statement: Located;
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
    return options?.kind === 'call' ? new PyValue(options.node as Node, this.file, (options.node as Node).childForFieldName('arguments') as Node).prop(name) : undefined;
  }

  visibleAt(at: Located): boolean {
    return this.scopeRange.start <= at.start && at.start <= this.scopeRange.end && this.statement.end <= at.start;
  }

  addDependsOn(refs: string[]): Edit[] | null {
    const source = this.file.source;
    const list = `[${refs.join(', ')}]`;
    const resourceOptions = this.file.spell('pulumi.ResourceOptions');
    const options = this.options;
    if (!options) {
      if (!resourceOptions) return null;
      const items = named(this.argumentList).map(rangeOf);
      return appendListItem(source, { open: this.argumentList.startIndex + 1, close: this.argumentList.endIndex - 1, items, pad: '' }, `opts=${resourceOptions}(depends_on=${list})`, PY_SYNTAX);
    }
    const optionsNode = options.node as Node;
    if (options.kind === 'call' && options.qualifiedName() === 'pulumi.ResourceOptions') {
      const optionArgs = new PyValue(optionsNode, this.file, optionsNode.childForFieldName('arguments') as Node);
      const existing = optionArgs.prop('dependsOn');
      if (!existing) return optionArgs.addProp('dependsOn', list);
      const current = existing.value;
      if (current.kind === 'array' && (current.node as Node).type === 'list') {
        const items = current.elements();
        const missing = refs.filter((r) => !items.some((e) => e.text === r));
        if (missing.length === 0) return null;
        const listNode = current.node as Node;
        return appendListItem(source, { open: listNode.startIndex + 1, close: listNode.endIndex - 1, items: items.map((e) => ({ start: e.start, end: e.end })), pad: '' }, missing.join(', '), PY_SYNTAX);
      }
      if (refs.includes(current.text)) return null;
      return [current.replace(`[${[current.text, ...refs].join(', ')}]`)];
    }
    if (!resourceOptions) return null;
    return [options.replace(`${resourceOptions}.merge(${options.text}, ${resourceOptions}(depends_on=${list}))`)];
  }
}

function bindingOf(call: Node): string | undefined {
  const parent = call.parent;
  if (parent?.type !== 'assignment' || parent.childForFieldName('right')?.startIndex !== call.startIndex) return undefined;
  const left = parent.childForFieldName('left');
  return left ? pathOf(left)?.join('.') : undefined;
}

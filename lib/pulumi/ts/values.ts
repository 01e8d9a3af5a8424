/**
 * Value and property handles over Babel nodes (see ../model.ts).
 */
import type * as t from '@babel/types';
import { replaceRange, type Edit } from '../../text/edits';
import { appendListItem, removeListItem, TS_SYNTAX } from '../../text/layout';
import type { Located } from '../../rule';
import type { CallView, Prop, Value, ValueKind, ValuePart } from '../model';
import { isNode } from '../../ts/walk';

export interface TsScope {
  source: string;
  /** resolves a name or member chain to a qualified Pulumi name ('aws.s3.Bucket') */
  qualify(node: t.Node): string | undefined;
  /** the node that directly contains `node`, when the scope knows the whole tree */
  parentOf?(node: t.Node): t.Node | undefined;
  /** the expressions of a kind within a range, when the scope has them collected already */
  expressionsWithin?(kind: ValueKind, range: { start: number; end: number }): Value[];
}

/** Strips TypeScript-only wrappers (`as`, `satisfies`, `!`) that do not change the value. */
export function unwrap(node: t.Node): t.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'ParenthesizedExpression'
  ) {
    current = current.expression;
  }
  return current;
}

function kindOf(node: t.Node): ValueKind {
  switch (node.type) {
    case 'StringLiteral':
      return 'string';
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? 'string' : 'template';
    case 'BinaryExpression':
      return node.operator === '+' && (isStringy(node.left) || isStringy(node.right)) ? 'template' : 'other';
    case 'ObjectExpression':
      return 'object';
    case 'ArrayExpression':
      return 'array';
    case 'NumericLiteral':
      return 'number';
    case 'BooleanLiteral':
      return 'boolean';
    case 'NullLiteral':
      return 'null';
    case 'Identifier':
      return node.name === 'undefined' ? 'null' : 'name';
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return 'member';
    case 'CallExpression':
    case 'NewExpression':
    case 'OptionalCallExpression':
      return 'call';
    default:
      return 'other';
  }
}

function isStringy(node: t.Node): boolean {
  return node.type === 'StringLiteral' || node.type === 'TemplateLiteral' || (node.type === 'BinaryExpression' && node.operator === '+' && (isStringy(node.left) || isStringy(node.right)));
}

/** The key of an object property, when it is a plain name or string. */
export function keyName(prop: t.ObjectProperty | t.ObjectMethod): string | undefined {
  if (prop.computed) return prop.key.type === 'StringLiteral' ? prop.key.value : undefined;
  if (prop.key.type === 'Identifier') return prop.key.name;
  if (prop.key.type === 'StringLiteral') return prop.key.value;
  return undefined;
}

export function memberPath(node: t.Node): string[] | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return [n.name];
  if (n.type === 'ThisExpression') return ['this'];
  if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.computed && n.property.type === 'Identifier') {
    const head = memberPath(n.object);
    return head && [...head, n.property.name];
  }
  return undefined;
}

/** The literal and interpolated pieces of a string-building expression (see Value.parts). */
function templateParts(node: t.Node, scope: TsScope): ValuePart[] {
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return literalPart((n.start ?? 0) + 1, (n.end ?? 0) - 1, scope, rangeOf(n));
  if (n.type === 'TaggedTemplateExpression') return templateParts(n.quasi, scope);
  if (n.type === 'TemplateLiteral') {
    const whole = n.expressions.length === 0 ? rangeOf(n) : undefined;
    return n.quasis.flatMap((quasi, i) => {
      const expression = n.expressions[i];
      const literal = literalPart(quasi.start ?? 0, quasi.end ?? 0, scope, whole);
      // the placeholder `${ x }` runs from the end of one quasi to the start of the next
      const placeholder = { start: quasi.end ?? 0, end: n.quasis[i + 1]?.start ?? 0 };
      return expression ? [...literal, expressionPart(new TsValue(expression, scope), placeholder)] : literal;
    });
  }
  if (n.type === 'BinaryExpression' && kindOf(n) === 'template') {
    const side = (operand: t.Node): ValuePart[] => (isStringy(operand) ? templateParts(operand, scope) : [expressionPart(new TsValue(operand, scope))]);
    return [...side(n.left), ...side(n.right)];
  }
  return [];
}

function literalPart(start: number, end: number, scope: TsScope, outer?: Located): ValuePart[] {
  return start < end ? [{ kind: 'literal', start, end, text: scope.source.slice(start, end), ...(outer && { outer }) }] : [];
}

function expressionPart(value: Value, outer?: Located): ValuePart {
  return { kind: 'expression', start: value.start, end: value.end, value, ...(outer && { outer }) };
}

function rangeOf(node: t.Node): Located {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

/** Node fields that are bookkeeping, not children. */
const NOT_CHILDREN = new Set(['loc', 'start', 'end', 'extra', 'range', 'leadingComments', 'trailingComments', 'innerComments', 'comments', 'tokens']);
/** Fields that hold types, never values. */
const TYPE_FIELDS = new Set(['typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'superTypeParameters', 'implements']);
const TYPE_ONLY_NODES = new Set(['ImportDeclaration', 'TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);

/** Whether `field` of `node` holds something that is not an expression: a plain key, a property name, a module specifier. */
function isNotExpression(node: t.Node, field: string): boolean {
  if (TYPE_FIELDS.has(field)) return true;
  if (field === 'key' || field === 'property') return !(node as { computed?: boolean }).computed;
  return field === 'source' && (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration');
}

/** The expressions of the given kind under `root` (itself included), in source order (see Value.descendants). */
export function collectValues(root: t.Node, kind: ValueKind, scope: TsScope): TsValue[] {
  return collectAllValues(root, scope).get(kind) ?? [];
}

/** Every expression under `root` (itself included), by kind, each list in source order: one walk for all kinds. */
export function collectAllValues(root: t.Node, scope: TsScope): Map<ValueKind, TsValue[]> {
  const out = new Map<ValueKind, TsValue[]>();
  const visit = (node: t.Node, parent: t.Node | undefined): void => {
    if (TYPE_ONLY_NODES.has(node.type)) return;
    if (unwrap(node) === node) {
      const value = new TsValue(node, scope, parent?.type === 'ArrayExpression' ? parent : undefined);
      const list = out.get(value.kind);
      if (list) list.push(value);
      else out.set(value.kind, [value]);
    }
    for (const [field, child] of Object.entries(node)) {
      if (NOT_CHILDREN.has(field) || isNotExpression(node, field)) continue;
      for (const item of Array.isArray(child) ? child : [child]) if (isNode(item)) visit(item, node);
    }
  };
  visit(root, undefined);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

export class TsValue implements Value {
  readonly kind: ValueKind;
  readonly inner: t.Node;

  constructor(
    readonly node: t.Node,
    readonly scope: TsScope,
    /** the list the value sits in, when it is an array element */
    private readonly list?: t.ArrayExpression,
  ) {
    this.inner = unwrap(node);
    this.kind = kindOf(this.inner);
  }

  get start(): number {
    return this.node.start ?? 0;
  }

  get end(): number {
    return this.node.end ?? 0;
  }

  get text(): string {
    return this.scope.source.slice(this.start, this.end);
  }

  get string(): string | undefined {
    const n = this.inner;
    if (n.type === 'StringLiteral') return n.value;
    if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked ?? undefined;
    return undefined;
  }

  get literal(): boolean | number | undefined {
    const n = this.inner;
    if (n.type === 'BooleanLiteral' || n.type === 'NumericLiteral') return n.value;
    return undefined;
  }

  props(): Prop[] {
    const n = this.inner;
    if (n.type !== 'ObjectExpression') return [];
    const out: Prop[] = [];
    n.properties.forEach((p, index) => {
      if (p.type !== 'ObjectProperty') return;
      const key = keyName(p);
      if (key !== undefined) out.push(new TsProp(p, key, n, index, this.scope));
    });
    return out;
  }

  prop(name: string): Prop | undefined {
    return this.props().find((p) => p.key === name);
  }

  elements(): Value[] {
    const n = this.inner;
    if (n.type !== 'ArrayExpression') return [];
    return n.elements.filter((e): e is t.Expression => e !== null && e.type !== 'SpreadElement').map((e) => new TsValue(e, this.scope, n));
  }

  hasSpread(): boolean {
    const n = this.inner;
    const entries = n.type === 'ObjectExpression' ? n.properties : n.type === 'ArrayExpression' ? n.elements : [];
    return entries.some((e) => e?.type === 'SpreadElement');
  }

  path(): string[] | undefined {
    return memberPath(this.inner);
  }

  qualifiedName(): string | undefined {
    const n = this.inner;
    if (n.type === 'CallExpression' || n.type === 'NewExpression') return this.scope.qualify(n.callee);
    if (n.type === 'TaggedTemplateExpression') return this.scope.qualify(n.tag);
    return this.scope.qualify(n);
  }

  parts(): ValuePart[] {
    return templateParts(this.inner, this.scope);
  }

  asCall(): CallView | undefined {
    const n = this.inner;
    if (n.type !== 'CallExpression' && n.type !== 'NewExpression' && n.type !== 'OptionalCallExpression') return undefined;
    if (n.callee.type === 'V8IntrinsicIdentifier') return undefined;
    const callee = unwrap(n.callee);
    const member = (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier' ? callee : undefined;
    const args = n.arguments.filter((a): a is t.Expression => a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder');
    return {
      callee: new TsValue(n.callee, this.scope),
      receiver: member && new TsValue(member.object, this.scope),
      method: member && (member.property as t.Identifier).name,
      args: args.map((a) => new TsValue(a, this.scope)),
      keywords: [],
      spread: n.arguments.some((a) => a.type === 'SpreadElement'),
    };
  }

  descendants(kind: ValueKind): Value[] {
    return this.scope.expressionsWithin?.(kind, this) ?? collectValues(this.node, kind, this.scope);
  }

  parent(): Value | undefined {
    const parent = this.scope.parentOf?.(this.node);
    return parent && new TsValue(parent, this.scope);
  }

  mentions(word: string): boolean {
    return new RegExp(`(^|[^A-Za-z0-9_$])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_$])`).test(this.text);
  }

  replace(text: string): Edit {
    return replaceRange(this.start, this.end, text);
  }

  addProp(name: string, valueText: string): Edit[] {
    const n = this.inner;
    if (n.type !== 'ObjectExpression') return [];
    const items = n.properties.map((p) => ({ start: p.start ?? 0, end: p.end ?? 0 }));
    return appendListItem(this.scope.source, { open: (n.start ?? 0) + 1, close: (n.end ?? 0) - 1, items, pad: ' ' }, `${name}: ${valueText}`, TS_SYNTAX);
  }

  removeFromList(): Edit {
    if (!this.list) throw new Error('not a list element');
    const items = this.list.elements.filter((e): e is t.Expression | t.SpreadElement => e !== null).map((e) => ({ start: e.start ?? 0, end: e.end ?? 0 }));
    const index = items.findIndex((r) => r.start === this.start);
    return removeListItem(this.scope.source, items, index, TS_SYNTAX);
  }
}

export class TsProp implements Prop {
  readonly value: Value;

  constructor(
    readonly node: t.ObjectProperty,
    readonly key: string,
    private readonly owner: t.ObjectExpression,
    private readonly index: number,
    private readonly scope: TsScope,
  ) {
    this.value = new TsValue(node.value, scope);
  }

  get start(): number {
    return this.node.start ?? 0;
  }

  get end(): number {
    return this.node.end ?? 0;
  }

  get keyRange(): { start: number; end: number } {
    return { start: this.node.key.start ?? 0, end: this.node.key.end ?? 0 };
  }

  remove(): Edit {
    const items = this.owner.properties.map((p) => ({ start: p.start ?? 0, end: p.end ?? 0 }));
    return removeListItem(this.scope.source, items, this.index, TS_SYNTAX);
  }

  rename(name: string): Edit {
    if (this.node.shorthand) return replaceRange(this.start, this.end, `${name}: ${this.key}`);
    const quoted = this.node.key.type === 'StringLiteral';
    return replaceRange(this.keyRange.start, this.keyRange.end, quoted ? JSON.stringify(name) : name);
  }
}

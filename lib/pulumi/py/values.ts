/**
 * Value and property handles over tree-sitter Python nodes (see ../model.ts).
 * Objects come in three spellings that rules should not have to tell apart:
 * dict literals (`{"sse_algorithm": "AES256"}`), `*Args(...)` calls and a
 * resource's own keyword arguments.
 */
import type { Node } from 'web-tree-sitter';
import { replaceRange, type Edit } from '../../text/edits';
import { appendListItem, PY_SYNTAX, removeListItem } from '../../text/layout';
import type { CallView, Prop, Value, ValueKind, ValuePart } from '../model';
import { camelToSnake } from './names';

export interface PyScope {
  source: string;
  qualify(node: Node): string | undefined;
  /** the expressions of a kind within a range, when the scope has them collected already */
  expressionsWithin?(kind: ValueKind, range: { start: number; end: number }): Value[];
}

export function named(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

function range(node: Node): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}

/** `"a-" + env + "-" + str(ts)`: a `+` with a string on one side, however deeply (as in TypeScript). */
function isConcatenation(node: Node): boolean {
  if (node.childForFieldName('operator')?.text !== '+') return false;
  const stringy = (side: Node | null): boolean => {
    const n = side && unwrapPy(side);
    return !!n && (n.type === 'string' || n.type === 'concatenated_string' || (n.type === 'binary_operator' && isConcatenation(n)));
  };
  return stringy(node.childForFieldName('left')) || stringy(node.childForFieldName('right'));
}

/** Unwraps parentheses that do not change the value. */
export function unwrapPy(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && named(current).length === 1) current = named(current)[0];
  return current;
}

function stringPrefix(node: Node): string {
  const start = node.children[0];
  return start ? start.text.replace(/["']+$/, '').toLowerCase() : '';
}

/** The value of a plain string literal (no interpolation), or undefined. */
export function stringValue(node: Node): string | undefined {
  const n = unwrapPy(node);
  if (n.type === 'concatenated_string') {
    const parts = named(n).map(stringValue);
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  if (n.type !== 'string') return undefined;
  if (named(n).some((c) => c.type === 'interpolation')) return undefined;
  const prefix = stringPrefix(n);
  if (prefix.includes('b')) return undefined;
  const content = named(n)
    .filter((c) => c.type === 'string_content' || c.type === 'escape_sequence')
    .map((c) => c.text)
    .join('');
  return prefix.includes('r') ? content : decodeEscapes(content);
}

function decodeEscapes(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/gs, (_, esc: string) => {
    if (esc[0] === 'x' || esc[0] === 'u') return String.fromCharCode(parseInt(esc.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[esc] ?? esc;
  });
}

function kindOf(node: Node, scope: PyScope): ValueKind {
  switch (node.type) {
    case 'string':
    case 'concatenated_string':
      return stringValue(node) !== undefined ? 'string' : 'template';
    case 'binary_operator':
      return isConcatenation(node) ? 'template' : 'other';
    case 'dictionary':
      return 'object';
    case 'list':
    case 'tuple':
      return 'array';
    case 'integer':
    case 'float':
      return 'number';
    case 'true':
    case 'false':
      return 'boolean';
    case 'none':
      return 'null';
    case 'identifier':
      return 'name';
    case 'attribute':
      return 'member';
    case 'call': {
      const fn = node.childForFieldName('function');
      if (fn && isArgsCallee(fn, scope)) return 'object';
      if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' && ['string', 'concatenated_string'].includes(unwrapPy(fn.childForFieldName('object') as Node).type)) return 'template';
      return 'call';
    }
    default:
      return 'other';
  }
}

/** `aws.s3.BucketVersioningArgs(...)`, `BucketVersioningArgs(...)`: the typed spelling of an object. */
function isArgsCallee(fn: Node, scope: PyScope): boolean {
  const last = fn.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn.type === 'identifier' ? fn.text : undefined;
  if (!last || !/^[A-Z]\w*Args$/.test(last)) return false;
  return fn.type === 'identifier' || scope.qualify(fn) !== undefined || /^[A-Z]/.test(last);
}

const NOT_POSITIONAL = ['keyword_argument', 'list_splat', 'dictionary_splat'];

/** The literal and interpolated pieces of a string-building expression (see Value.parts). */
function stringParts(node: Node, scope: PyScope): ValuePart[] {
  const n = unwrapPy(node);
  if (n.type === 'concatenated_string') return named(n).flatMap((c) => stringParts(c, scope));
  if (n.type === 'string') return stringNodeParts(n, scope);
  const kind = kindOf(n, scope);
  if (n.type === 'binary_operator' && kind === 'template') {
    const side = (operand: Node): ValuePart[] => (['string', 'template'].includes(kindOf(unwrapPy(operand), scope)) ? stringParts(operand, scope) : [expressionPart(new PyValue(operand, scope))]);
    return [...side(n.childForFieldName('left') as Node), ...side(n.childForFieldName('right') as Node)];
  }
  if (n.type === 'call' && kind === 'template') return formatParts(n, scope);
  return [];
}

/** An f-string's text between its interpolations, or a plain string's whole text. */
function stringNodeParts(n: Node, scope: PyScope): ValuePart[] {
  const open = n.children[0];
  const close = n.children[n.children.length - 1];
  if (!open || !close || stringPrefix(n).includes('b')) return [];
  const parts: ValuePart[] = [];
  let cursor = open.endIndex;
  for (const child of named(n)) {
    if (child.type !== 'interpolation') continue;
    parts.push(...literalPart(cursor, child.startIndex, scope));
    const expression = child.childForFieldName('expression');
    parts.push(expression ? expressionPart(new PyValue(expression, scope), range(child)) : { kind: 'expression', start: child.startIndex, end: child.endIndex, value: undefined, outer: range(child) });
    cursor = child.endIndex;
  }
  // a plain string (no interpolation) is one piece, delimited by its own quotes
  return [...parts, ...literalPart(cursor, close.startIndex, scope, parts.length === 0 ? range(n) : undefined)];
}

/** `"{}-{env}".format(a, env=b)`: the format string split at its placeholders, each matched to its argument. */
function formatParts(call: Node, scope: PyScope): ValuePart[] {
  const template = (call.childForFieldName('function') as Node).childForFieldName('object') as Node;
  const items = named(call.childForFieldName('arguments') as Node);
  const positional = items.filter((a) => !NOT_POSITIONAL.includes(a.type));
  const keyword = (name: string) => items.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)?.childForFieldName('value');
  let autoIndex = 0;
  const argumentFor = (field: string): Node | null | undefined => {
    if (field === '') return positional[autoIndex++];
    if (/^\d+$/.test(field)) return positional[Number(field)];
    return /^[A-Za-z_]\w*$/.test(field) ? keyword(field) : undefined;
  };
  return stringParts(template, scope).flatMap((part) => {
    if (part.kind !== 'literal') return [part];
    const out: ValuePart[] = [];
    let cursor = part.start;
    for (const match of part.text.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
      if (match[1] === undefined) continue;
      const start = part.start + (match.index ?? 0);
      const argument = argumentFor(match[1].split(/[!:]/)[0]);
      const field = { start, end: start + match[0].length };
      out.push(...literalPart(cursor, start, scope), { kind: 'expression', ...field, value: argument ? new PyValue(argument, scope) : undefined, outer: field });
      cursor = start + match[0].length;
    }
    return [...out, ...literalPart(cursor, part.end, scope)];
  });
}

function literalPart(start: number, end: number, scope: PyScope, outer?: { start: number; end: number }): ValuePart[] {
  return start < end ? [{ kind: 'literal', start, end, text: scope.source.slice(start, end), ...(outer && { outer }) }] : [];
}

function expressionPart(value: Value, outer?: { start: number; end: number }): ValuePart {
  return { kind: 'expression', start: value.start, end: value.end, value, ...(outer && { outer }) };
}

export function pathOf(node: Node): string[] | undefined {
  const n = unwrapPy(node);
  if (n.type === 'identifier') return [n.text];
  if (n.type === 'attribute') {
    const head = pathOf(n.childForFieldName('object') as Node);
    const attr = n.childForFieldName('attribute');
    return head && attr ? [...head, attr.text] : undefined;
  }
  return undefined;
}

const NOT_EXPRESSION_NODES = new Set(['import_statement', 'import_from_statement', 'future_import_statement', 'comment']);
/** The field of a node that names something rather than holding an expression: dict keys, keyword names, attribute names. */
const NAME_FIELDS: Record<string, string> = { pair: 'key', keyword_argument: 'name', attribute: 'attribute' };

/** A bare string statement: a docstring. */
export function isDocstring(node: Node): boolean {
  const only = node.type === 'expression_statement' && node.namedChildCount === 1 ? node.namedChildren[0] : null;
  return !!only && (only.type === 'string' || only.type === 'concatenated_string');
}

/** The expressions of the given kind under `root` (itself included), in source order (see Value.descendants). */
export function collectPyValues(root: Node, kind: ValueKind, scope: PyScope): PyValue[] {
  const out: PyValue[] = [];
  const visit = (node: Node): void => {
    if (NOT_EXPRESSION_NODES.has(node.type) || isDocstring(node)) return;
    if (kindOf(node, scope) === kind) {
      out.push(new PyValue(node, scope));
      if (kind === 'string') return; // the pieces of a literal concatenation are not values of their own
    }
    const nameField = NAME_FIELDS[node.type];
    const name = nameField ? node.childForFieldName(nameField) : null;
    for (const child of node.namedChildren) if (child && child.id !== name?.id) visit(child);
  };
  visit(root);
  return out;
}

/** An object is a dict, an `*Args(...)` call, or (for a resource's kwargs) an argument list. */
export class PyValue implements Value {
  readonly kind: ValueKind;
  readonly inner: Node;

  constructor(
    readonly node: Node,
    readonly scope: PyScope,
    /** when set, the object's properties are these keyword arguments (a resource's own kwargs) */
    private readonly kwargsOf?: Node,
    private readonly excludedKeys: readonly string[] = [],
  ) {
    this.inner = kwargsOf ?? unwrapPy(node);
    this.kind = kwargsOf ? 'object' : kindOf(this.inner, scope);
  }

  get start(): number {
    return this.node.startIndex;
  }

  get end(): number {
    return this.node.endIndex;
  }

  get text(): string {
    return this.scope.source.slice(this.start, this.end);
  }

  get string(): string | undefined {
    return this.kind === 'string' ? stringValue(this.inner) : undefined;
  }

  get literal(): boolean | number | undefined {
    if (this.inner.type === 'true') return true;
    if (this.inner.type === 'false') return false;
    if (this.inner.type === 'integer' || this.inner.type === 'float') return Number(this.inner.text.replace(/_/g, ''));
    return undefined;
  }

  /** The list node whose items are this object's entries. */
  private container(): Node | undefined {
    if (this.kind !== 'object') return undefined;
    if (this.inner.type === 'dictionary') return this.inner;
    if (this.inner.type === 'argument_list') return this.inner;
    return this.inner.childForFieldName('arguments') ?? undefined;
  }

  props(): Prop[] {
    const container = this.container();
    if (!container) return [];
    const items = named(container);
    const out: Prop[] = [];
    items.forEach((item, index) => {
      if (item.type === 'pair') {
        const keyNode = item.childForFieldName('key');
        const key = keyNode ? stringValue(keyNode) : undefined;
        if (key !== undefined && keyNode) out.push(new PyProp(item, key, keyNode, item.childForFieldName('value') as Node, items, index, this.scope));
      } else if (item.type === 'keyword_argument') {
        const keyNode = item.childForFieldName('name') as Node;
        if (!this.excludedKeys.includes(keyNode.text)) out.push(new PyProp(item, keyNode.text, keyNode, item.childForFieldName('value') as Node, items, index, this.scope));
      }
    });
    return out;
  }

  prop(name: string): Prop | undefined {
    const snake = camelToSnake(name);
    return this.props().find((p) => p.key === snake || p.key === name);
  }

  elements(): Value[] {
    if (this.kind !== 'array') return [];
    return named(this.inner).map((e) => new PyValue(e, this.scope));
  }

  hasSpread(): boolean {
    const entries = this.kind === 'array' ? this.inner : this.container();
    return !!entries && named(entries).some((c) => c.type === 'dictionary_splat' || c.type === 'list_splat');
  }

  path(): string[] | undefined {
    return this.kwargsOf ? undefined : pathOf(this.inner);
  }

  qualifiedName(): string | undefined {
    if (this.inner.type === 'call') {
      const fn = this.inner.childForFieldName('function');
      return fn ? this.scope.qualify(fn) : undefined;
    }
    return this.scope.qualify(this.inner);
  }

  parts(): ValuePart[] {
    return this.kwargsOf ? [] : stringParts(this.inner, this.scope);
  }

  asCall(): CallView | undefined {
    if (this.kwargsOf || this.inner.type !== 'call') return undefined;
    const fn = this.inner.childForFieldName('function') as Node;
    const member = fn.type === 'attribute' ? fn : undefined;
    const argumentList = this.inner.childForFieldName('arguments');
    const items = argumentList?.type === 'argument_list' ? named(argumentList) : [];
    const keywords = items.flatMap((item, index) => {
      const name = item.type === 'keyword_argument' ? item.childForFieldName('name') : null;
      return name ? [new PyProp(item, name.text, name, item.childForFieldName('value') as Node, items, index, this.scope)] : [];
    });
    return {
      callee: new PyValue(fn, this.scope),
      receiver: member && new PyValue(member.childForFieldName('object') as Node, this.scope),
      method: member?.childForFieldName('attribute')?.text,
      args: items.filter((a) => !NOT_POSITIONAL.includes(a.type)).map((a) => new PyValue(a, this.scope)),
      keywords,
      spread: items.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat'),
    };
  }

  descendants(kind: ValueKind): Value[] {
    return this.scope.expressionsWithin?.(kind, this) ?? collectPyValues(this.node, kind, this.scope);
  }

  parent(): Value | undefined {
    const parent = this.node.parent;
    return parent ? new PyValue(parent, this.scope) : undefined;
  }

  mentions(word: string): boolean {
    return new RegExp(`(^|[^A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_])`).test(this.text);
  }

  replace(text: string): Edit {
    return replaceRange(this.start, this.end, text);
  }

  addProp(name: string, valueText: string): Edit[] {
    const container = this.container();
    if (!container) return [];
    const key = camelToSnake(name);
    const entry = container.type === 'dictionary' ? `${JSON.stringify(key)}: ${valueText}` : `${key}=${valueText}`;
    const items = named(container).map(range);
    return appendListItem(this.scope.source, { open: container.startIndex + 1, close: container.endIndex - 1, items, pad: container.type === 'dictionary' ? '' : '' }, entry, PY_SYNTAX);
  }

  removeFromList(): Edit {
    const parent = this.node.parent;
    if (!parent || !['list', 'tuple'].includes(parent.type)) throw new Error('not a list element');
    const items = named(parent);
    return removeListItem(this.scope.source, items.map(range), items.findIndex((i) => i.startIndex === this.start), PY_SYNTAX);
  }
}

export class PyProp implements Prop {
  readonly value: Value;

  constructor(
    readonly node: Node,
    readonly key: string,
    private readonly keyNode: Node,
    valueNode: Node,
    private readonly siblings: Node[],
    private readonly index: number,
    private readonly scope: PyScope,
  ) {
    this.value = new PyValue(valueNode, scope);
  }

  get start(): number {
    return this.node.startIndex;
  }

  get end(): number {
    return this.node.endIndex;
  }

  get keyRange(): { start: number; end: number } {
    return range(this.keyNode);
  }

  remove(): Edit {
    return removeListItem(this.scope.source, this.siblings.map(range), this.index, PY_SYNTAX);
  }

  rename(name: string): Edit {
    const snake = camelToSnake(name);
    if (this.keyNode.type === 'identifier') return replaceRange(this.keyNode.startIndex, this.keyNode.endIndex, snake);
    const content = named(this.keyNode).find((c) => c.type === 'string_content');
    if (!content) return replaceRange(this.keyNode.startIndex, this.keyNode.endIndex, JSON.stringify(snake));
    return replaceRange(content.startIndex, content.endIndex, snake);
  }
}

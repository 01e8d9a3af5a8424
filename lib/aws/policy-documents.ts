/**
 * IAM policy documents as Pulumi programs write them, seen statement by
 * statement, and the edits that rewrite or add a statement.
 *
 * A document is written as an object (TS object literal, Python dict) in one
 * of two shapes: the JSON shape (`Effect`, `Principal`, `Action`, passed to
 * `JSON.stringify` / `json.dumps` / `pulumi.jsonStringify`, often inside an
 * `.apply(...)` callback, or given as the policy itself) and the
 * `aws.iam.getPolicyDocument` shape (`effect`, `principals: [{ type,
 * identifiers }]`, `actions`). Documents held in strings (JSON text,
 * `pulumi.interpolate`, f-strings) are not edited.
 *
 * Some statements need a value from a data source (the ELB account, the
 * caller's account ID). Python invokes are synchronous, so a local bound
 * before the document is plain data anywhere. TypeScript invokes return a
 * Promise or an Output: inside an `.apply` callback the value is brought in
 * through `pulumi.all([...])`; where Inputs are accepted (a policy object,
 * `pulumi.jsonStringify`, `getPolicyDocumentOutput`) the `...Output` form is
 * used directly; a top-level `JSON.stringify` becomes `pulumi.jsonStringify`.
 */
import type * as t from '@babel/types';
import type { Prop, PulumiFile, Resource, Value } from '../pulumi/model';
import type { Located, RuleContext } from '../rule';
import { applyEdits, insertAt, replaceRange, type Edit } from '../text/edits';
import { appendListItem, eolOf, indentOf, insertStatementBefore, isFirstOnLine, lineEndOf, TS_SYNTAX } from '../text/layout';
import { unusedName } from '../text/names';
import { requote } from '../text/strings';

export interface PolicyDocument {
  /** the expression the statements are found in: the `policy` argument, or the value of a local it reads */
  top: Value;
  /** the statement holding `top`, before which Python binds the data a fix needs */
  statement: Located;
  /** whether `top` is the `policy` argument itself, where a bare object is a document of Inputs */
  inline: boolean;
}

/** One way a statement names a principal: `AWS: x` / `Service: [...]` in the JSON shape, one `principals` entry in the other. */
export interface PrincipalGrant {
  type: string;
  /** where the type is said: a key (JSON shape) or the `type` value, and its text as written */
  typeAt: Located;
  typeText: string;
  /** the identifiers: one value, or the elements of a list */
  identifiers: Value[];
  /** the whole identifiers value, to replace */
  identifiersAt: Value;
}

export interface PolicyStatement {
  object: Value;
  shape: 'json' | 'document';
  effect: string | undefined;
  actions: string[];
  /** undefined when the principal is not written as grants the tree can see (`"*"`, a variable, a spread) */
  principals: PrincipalGrant[] | undefined;
  /** the `Resource` / `resources` value */
  resource: Value | undefined;
}

/** A property by its key exactly as written: the two shapes differ only by case (`Effect` / `effect`), which the Python view would blur. */
function exact(object: Value, key: string): Prop | undefined {
  return object.props().find((p) => p.key === key);
}

function strings(value: Value | undefined): string[] {
  if (!value) return [];
  const items = value.kind === 'array' ? value.elements() : [value];
  return items.flatMap((v) => (v.string === undefined ? [] : [v.string]));
}

function listOrOne(value: Value): Value[] {
  return value.kind === 'array' ? value.elements() : [value];
}

function jsonPrincipals(principal: Prop | undefined, source: string): PrincipalGrant[] | undefined {
  if (!principal) return [];
  const value = principal.value;
  if (value.kind !== 'object' || value.hasSpread()) return undefined;
  return value.props().map((p) => ({
    type: p.key,
    typeAt: p.keyRange,
    typeText: source.slice(p.keyRange.start, p.keyRange.end),
    identifiers: listOrOne(p.value),
    identifiersAt: p.value,
  }));
}

function documentPrincipals(principals: Prop | undefined): PrincipalGrant[] | undefined {
  if (!principals) return [];
  if (principals.value.kind !== 'array' || principals.value.hasSpread()) return undefined;
  const grants: PrincipalGrant[] = [];
  for (const entry of principals.value.elements()) {
    const type = entry.kind === 'object' ? exact(entry, 'type') : undefined;
    const identifiers = entry.kind === 'object' ? exact(entry, 'identifiers') : undefined;
    if (!type || type.value.string === undefined || !identifiers) return undefined;
    grants.push({ type: type.value.string, typeAt: type.value, typeText: type.value.text, identifiers: listOrOne(identifiers.value), identifiersAt: identifiers.value });
  }
  return grants;
}

/** The statement an object is, in either shape; undefined for any other object. */
export function statementOf(object: Value, source: string): PolicyStatement | undefined {
  if (object.kind !== 'object') return undefined;
  const action = exact(object, 'Action');
  if (action) {
    return {
      object,
      shape: 'json',
      effect: exact(object, 'Effect')?.value.string,
      actions: strings(action.value),
      principals: jsonPrincipals(exact(object, 'Principal'), source),
      resource: exact(object, 'Resource')?.value,
    };
  }
  const actions = exact(object, 'actions');
  if (!actions) return undefined;
  const effect = exact(object, 'effect');
  return {
    object,
    shape: 'document',
    effect: effect ? effect.value.string : 'Allow',
    actions: strings(actions.value),
    principals: documentPrincipals(exact(object, 'principals')),
    resource: exact(object, 'resources')?.value,
  };
}

/** Whether an action pattern (`s3:PutObject`, `s3:Put*`, `s3:*`, `*`) covers `action`; IAM matches case-insensitively. */
export function actionCovers(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(action);
}

export function allows(statement: PolicyStatement, action: string): boolean {
  return statement.effect === 'Allow' && statement.actions.some((a) => actionCovers(a, action));
}

/**
 * The documents of a bucket policy: the `policy` argument, and the locals
 * it reads that hold a document or a callback producing one
 * (`policy=alb_logs_policy`, `policy: doc.json`).
 */
export function policyDocuments(pulumi: PulumiFile, policy: Resource): PolicyDocument[] {
  const value = policy.arg('policy')?.value;
  if (!value) return [];
  const documents: PolicyDocument[] = [{ top: value, statement: policy.statement, inline: true }];
  for (const name of value.descendants('name')) {
    const variable = pulumi.variable(name.text, name);
    if (variable && !pulumi.allResources().some((r) => r.start === variable.value.start)) documents.push({ top: variable.value, statement: variable.statement, inline: false });
  }
  return documents;
}

export function statementsIn(document: PolicyDocument, source: string): PolicyStatement[] {
  return document.top.descendants('object').flatMap((o) => statementOf(o, source) ?? []);
}

/** String and template values of a document that hold JSON policy text (which the rules do not edit). */
export function jsonTexts(document: PolicyDocument): Value[] {
  const texts = [...document.top.descendants('string'), ...document.top.descendants('template')];
  return texts.filter((v) => {
    const text = v.string ?? v.parts().map((p) => (p.kind === 'literal' ? p.text : '')).join('');
    return /^\s*\{[\s\S]*"Statement"/.test(text);
  });
}

/** A data source whose result a statement reads, in each language's spelling. */
export interface DataSource {
  /** 'aws.elb.getServiceAccount': the Promise form; `${fn}Output` is the Output form */
  tsFunction: string;
  tsArgs: string;
  /** invoke options text, e.g. `{ provider: p }` */
  tsOptions?: string;
  tsField: string;
  tsName: string;
  /** 'aws.elb.get_service_account' */
  pyFunction: string;
  pyArgs: string;
  pyField: string;
  pyName: string;
}

/** How a statement reads the data source: the expression to write, and the edits that make it valid there. */
export interface DataReference {
  text: string;
  edits: Edit[];
}

/**
 * How a statement of `document` can read `data`: undefined when the file
 * does not import what the code needs, or the statement sits where no
 * reading is safe (a helper call, a nested function, `getPolicyDocument`'s
 * Promise form in TypeScript).
 */
export function readData(ctx: RuleContext, document: PolicyDocument, statement: PolicyStatement, data: DataSource): DataReference | undefined {
  return ctx.language === 'py' ? readDataPy(ctx, document, data) : readDataTs(ctx, document, statement, data);
}

function readDataPy(ctx: RuleContext, document: PolicyDocument, data: DataSource): DataReference | undefined {
  const fn = ctx.pulumi.spell(data.pyFunction);
  if (!fn) return undefined;
  const name = unusedName(ctx.source, data.pyName);
  return { text: `${name}.${data.pyField}`, edits: [insertStatementBefore(ctx.source, document.statement, `${name} = ${fn}(${data.pyArgs})`)] };
}

type TsPlace = { kind: 'callback'; fn: t.ArrowFunctionExpression | t.FunctionExpression; apply: Value } | { kind: 'stringify'; callee: Value } | { kind: 'input' } | { kind: 'unknown' };

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ObjectMethod', 'ClassMethod']);
/** Calls whose argument may hold Outputs anywhere. */
const INPUT_CALLS = ['pulumi.jsonStringify', 'aws.iam.getPolicyDocumentOutput'];

/** Where a TS statement object sits: what the first call around it takes, and which function it runs in. */
function tsPlaceOf(statement: Value, document: PolicyDocument): TsPlace {
  let plainCall: Value | undefined;
  let inputCall = false;
  for (let v = statement.parent(); v; v = v.parent()) {
    const node = v.node as t.Node;
    if (FUNCTION_TYPES.has(node.type)) {
      if (inputCall || !plainCall) return { kind: inputCall ? 'input' : 'unknown' };
      const call = v.parent();
      const view = call?.asCall();
      const isCallback = view?.method === 'apply' && view.args.length === 1 && view.args[0].start === v.start && (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression');
      return isCallback && call ? { kind: 'callback', fn: node, apply: call } : { kind: 'unknown' };
    }
    if (v.kind === 'call' && !plainCall && !inputCall) {
      const view = v.asCall();
      if (view?.callee.text === 'JSON.stringify') plainCall = view.callee;
      else if (INPUT_CALLS.includes(v.qualifiedName() ?? '')) inputCall = true;
      else return { kind: 'unknown' };
    }
    if (v.start === document.top.start && v.end === document.top.end) break;
  }
  if (inputCall) return { kind: 'input' };
  if (plainCall) return { kind: 'stringify', callee: plainCall };
  return { kind: document.inline ? 'input' : 'unknown' };
}

function tsCall(fn: string, data: DataSource): string {
  return `${fn}(${data.tsArgs}${data.tsOptions ? `, ${data.tsOptions}` : ''})`;
}

function readDataTs(ctx: RuleContext, document: PolicyDocument, statement: PolicyStatement, data: DataSource): DataReference | undefined {
  const fn = ctx.pulumi.spell(data.tsFunction);
  const pulumi = ctx.pulumi.spell('pulumi');
  if (!fn || !pulumi) return undefined;
  const place = tsPlaceOf(statement.object, document);
  const output = `${tsCall(`${fn}Output`, data)}.${data.tsField}`;
  switch (place.kind) {
    case 'input':
      return { text: output, edits: [] };
    case 'stringify':
      return { text: output, edits: [place.callee.replace(`${pulumi}.jsonStringify`)] };
    case 'callback': {
      const injected = injectIntoCallback(ctx.source, place, pulumi, tsCall(fn, data), data.tsName);
      return injected && { text: `${injected.name}.${data.tsField}`, edits: injected.edits };
    }
    default:
      return undefined;
  }
}

function rangeOf(node: t.Node): { start: number; end: number } {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

/**
 * Makes the resolved value of `input` available in an `.apply` callback:
 * `pulumi.all([a, b]).apply(([x, y]) => ...)` gains an element and a name;
 * `x.apply((v) => ...)` becomes `pulumi.all([x, input]).apply(([v, name]) => ...)`.
 * Undefined for other shapes (object form of `all`, a destructured or defaulted parameter).
 */
function injectIntoCallback(source: string, place: Extract<TsPlace, { kind: 'callback' }>, pulumi: string, input: string, baseName: string): { name: string; edits: Edit[] } | undefined {
  const receiver = place.apply.asCall()?.receiver;
  const params = place.fn.params;
  if (!receiver || params.length !== 1) return undefined;
  const param = params[0];
  const all = receiver.qualifiedName() === 'pulumi.all' ? receiver.asCall()?.args : undefined;
  if (all) {
    const elements = all.length === 1 ? all[0].elements() : [];
    const present = elements.findIndex((e) => e.text === input);
    if (present !== -1) return nameOfElement(param, present);
    const appendElement = all.length === 1 ? appendToArray(source, all[0], input) : undefined;
    if (!appendElement) return undefined;
    if (param.type === 'Identifier') return { name: `${param.name}[${elements.length}]`, edits: appendElement };
    // a typed tuple pattern would need its type extended too
    if (param.type !== 'ArrayPattern' || param.typeAnnotation || param.elements.length !== elements.length || param.elements.some((e) => e === null)) return undefined;
    const name = unusedName(source, baseName);
    const patternItems = param.elements.map((e) => rangeOf(e as t.Node));
    const appendName = appendListItem(source, { open: (param.start ?? 0) + 1, close: (param.end ?? 0) - 1, items: patternItems, pad: '' }, name, TS_SYNTAX);
    return { name, edits: [...appendElement, ...appendName] };
  }
  if (param.type !== 'Identifier') return undefined;
  const name = unusedName(source, baseName, [param.name]);
  const parenthesized = source.slice(place.fn.start ?? 0, param.start ?? 0).includes('(');
  const pattern = `[${param.name}, ${name}]`;
  return {
    name,
    edits: [receiver.replace(`${pulumi}.all([${receiver.text}, ${input}])`), replaceRange(param.start ?? 0, param.end ?? 0, parenthesized ? pattern : `(${pattern})`)],
  };
}

/** The name a callback parameter gives the `index`-th value of `pulumi.all([...])`. */
function nameOfElement(param: t.Node, index: number): { name: string; edits: Edit[] } | undefined {
  if (param.type === 'Identifier') return { name: `${param.name}[${index}]`, edits: [] };
  const element = param.type === 'ArrayPattern' ? param.elements[index] : undefined;
  return element?.type === 'Identifier' ? { name: element.name, edits: [] } : undefined;
}

/** Appends an element to a TS array literal (`[...]`), following its layout; undefined when the array is not written out. */
function appendToArray(source: string, list: Value, text: string): Edit[] | undefined {
  if (list.kind !== 'array' || list.hasSpread() || !list.text.startsWith('[') || !list.text.endsWith(']')) return undefined;
  const items = list.elements().map((e) => ({ start: e.start, end: e.end }));
  return appendListItem(source, { open: list.start + 1, close: list.end - 1, items, pad: '' }, text, TS_SYNTAX);
}

/**
 * Inserts an item right after another item of the same list (a copy, or a
 * new statement): on lines of its own when `item` has its own lines, else on
 * the same line. Lines after the first of `text` carry their full
 * indentation, as a copy of `item` does (see `rewrittenCopy`).
 */
export function insertItemAfter(ctx: RuleContext, item: Value, text: string): Edit[] | undefined {
  const list = item.parent();
  if (!list || list.kind !== 'array' || list.hasSpread()) return undefined;
  const { source } = ctx;
  const lineEnd = lineEndOf(source, item.end);
  const rest = source.slice(item.end, lineEnd).trim();
  const comment = ctx.language === 'py' ? '#' : '//';
  const ownLines = isFirstOnLine(source, item.start) && (rest === '' || rest === ',' || rest.replace(/^,\s*/, '').startsWith(comment));
  if (!ownLines) return [insertAt(item.end, `, ${text}`)];
  const eol = eolOf(source);
  const indent = indentOf(source, item.start);
  if (rest.startsWith(',')) return [insertAt(lineEnd, `${eol}${indent}${text},`)];
  return [insertAt(item.end, `,${eol}${indent}${text}`)];
}

/** The text of `range` with `edits` (all inside it) applied; lines keep their indentation. */
export function rewrittenCopy(source: string, range: Located, edits: Edit[]): string {
  return applyEdits(source.slice(range.start, range.end), edits.map((e) => ({ ...e, start: e.start - range.start, end: e.end - range.start })));
}

/** Removes a line comment that ends the line where `value` ends (after closing brackets and commas), so that a copy does not repeat it. */
export function dropTrailingComment(ctx: RuleContext, value: Located): Edit[] {
  const lineEnd = lineEndOf(ctx.source, value.end);
  const rest = ctx.source.slice(value.end, lineEnd);
  const at = rest.indexOf(ctx.language === 'py' ? '#' : '//');
  if (at === -1 || !/^[\s,)\]}]*$/.test(rest.slice(0, at))) return [];
  let start = value.end + at;
  while (ctx.source[start - 1] === ' ' || ctx.source[start - 1] === '\t') start--;
  return [replaceRange(start, lineEnd, '')];
}

/** The options text that makes an invoke use the same provider as `resource`; '' when it sets none, undefined when Python cannot spell InvokeOptions. */
export function invokeOptionsLike(ctx: RuleContext, resource: Resource): string | undefined {
  const provider = resource.option('provider')?.value.text;
  if (!provider) return '';
  if (ctx.language === 'ts') return `{ provider: ${provider} }`;
  const invokeOptions = ctx.pulumi.spell('pulumi.InvokeOptions');
  return invokeOptions && `opts=${invokeOptions}(provider=${provider})`;
}

/** A key written the way `like` writes its keys: bare or quoted. */
export function keyLike(like: string, key: string): string {
  return /^["'`]/.test(like) ? requote(like, key) : key;
}


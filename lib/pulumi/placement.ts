/**
 * Where a fix can add statements of its own, and how the file writes them:
 * the statement that holds an expression (when a declaration may stand right
 * before it), the quote the file uses and whether it ends statements with `;`.
 */
import type { Located } from '../rule';
import { insertAt, type Edit } from '../text/edits';
import { eolOf, indentLines, indentOf, indentUnitOf, lineStartOf } from '../text/layout';
import { nodeType, type PulumiFile, type Value } from './model';

/** Statement lists a declaration may stand in; class bodies are not among them (a name there is a member). */
const BLOCKS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'TSModuleBlock', 'module', 'block']);

export interface StatementSlot {
  /** the statement that holds the expression */
  statement: Located;
  /** the statement list it stands in: a declaration put before the statement is visible from there to the end of the list */
  block: Located;
}

function rangeOf(value: Value): Located {
  return { start: value.start, end: value.end };
}

/** The statement holding `value` and the list it stands in; undefined in a class body. */
export function statementSlot(value: Value): StatementSlot | undefined {
  let child = value;
  for (let parent = value.parent(); parent; child = parent, parent = parent.parent()) {
    const type = nodeType(parent);
    if (type === 'ClassBody') return undefined;
    if (!type || !BLOCKS.has(type)) continue;
    if (type === 'block' && nodeType(parent.parent()) === 'class_definition') return undefined;
    return { statement: rangeOf(child), block: rangeOf(parent) };
  }
  return undefined;
}

/**
 * The edit that puts a statement of its own before `slot.statement`, above
 * the comment lines that introduce it (they describe that statement).
 */
export function insertBeforeSlot(source: string, slot: StatementSlot, text: string): Edit {
  let line = lineStartOf(source, slot.statement.start);
  while (line > slot.block.start && line > 0) {
    const previous = lineStartOf(source, line - 1);
    if (previous < slot.block.start || !/^[ \t]*(\/\/|#)/.test(source.slice(previous, line))) break;
    line = previous;
  }
  const indent = indentOf(source, slot.statement.start);
  const eol = eolOf(source);
  return insertAt(line, `${indent}${indentLines(text, indent, eol)}${eol}`);
}

/** Whether a declaration put before `slot.statement` can be read at `at`. */
export function slotReaches(slot: StatementSlot, at: Located): boolean {
  return slot.statement.start <= at.start && at.end <= slot.block.end;
}

/** The quote the file writes strings with: the first plain string literal's (`"` when there is none). */
export function preferredQuote(pulumi: PulumiFile): string {
  for (const literal of pulumi.expressions('string')) {
    const quote = /^[A-Za-z]*(["'])/.exec(literal.text);
    if (quote) return quote[1];
  }
  return '"';
}

/** `;` when the file ends this statement with one (TypeScript), else nothing. */
export function statementEnd(source: string, statement: Located): string {
  return source[statement.end - 1] === ';' ? ';' : '';
}

/**
 * `base`, or `base2`, `base3`, ...: the first name that no identifier of the
 * file uses and no import line mentions. Unlike lib/text/names `unusedName`,
 * property keys, member names and strings do not count (`domainName:` in a
 * certificate's arguments leaves the name `domainName` free).
 */
export function unusedIdentifier(pulumi: PulumiFile, source: string, base: string, taken: readonly string[] = []): string {
  const used = new Set([...pulumi.expressions('name').map((n) => n.text), ...taken]);
  const imported = (name: string) => new RegExp(`^[ \\t]*(import|from)\\b[^\\n]*\\b${name}\\b`, 'm').test(source);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!used.has(name) && !imported(name)) return name;
  }
}

/** A resource construction a fix writes; names are camelCase, values are in the file's language. */
export interface NewResource {
  /** the variable it is bound to; none for a bare statement */
  variable?: string;
  className: string;
  logicalName: string;
  args: [string, string][];
  options: [string, string][];
}

/**
 * The statement that creates `resource`, one argument a line, indented with
 * the file's unit: `const x = new C(name, {...}, { ... })` or
 * `x = C(name, k=v, opts=ResourceOptions(...))`. Undefined when the Python
 * file cannot name ResourceOptions. `end` closes a TS statement (`;` or not).
 */
export function writeResource(pulumi: PulumiFile, source: string, resource: NewResource, end: string): string | undefined {
  const unit = indentUnitOf(source);
  const { variable, className, logicalName, args, options } = resource;
  if (pulumi.language === 'ts') {
    const body = args.map(([key, value]) => `${unit}${key}: ${value},`).join('\n');
    const opts = options.length > 0 ? `, { ${options.map(([key, value]) => `${key}: ${value}`).join(', ')} }` : '';
    return `${variable ? `const ${variable} = ` : ''}new ${className}(${logicalName}, {\n${body}\n}${opts})${end}`;
  }
  const resourceOptions = pulumi.spell('pulumi.ResourceOptions');
  if (options.length > 0 && !resourceOptions) return undefined;
  const opts = options.length > 0 ? [`opts=${resourceOptions}(${options.map(([key, value]) => `${pulumi.propName(key)}=${value}`).join(', ')})`] : [];
  const lines = [logicalName, ...args.map(([key, value]) => `${pulumi.propName(key)}=${value}`), ...opts];
  return `${variable ? `${variable} = ` : ''}${className}(\n${lines.map((line) => `${unit}${line},`).join('\n')}\n)`;
}

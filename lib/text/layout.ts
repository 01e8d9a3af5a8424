/**
 * Layout-aware edits on lists (object properties, dict entries, call
 * arguments, array elements) that work on text for both languages. They keep
 * diffs minimal: removing an item that sits on its own line removes exactly
 * that line; an inline item takes its comma along; an added item copies the
 * neighbours' indentation and comma style.
 */
import { insertAt, replaceRange, type Edit } from './edits';

export interface Range {
  start: number;
  end: number;
}

export interface Syntax {
  /** the line comment marker: `//` or `#` */
  lineComment: string;
  /** whether `/* *\/` block comments exist */
  blockComments: boolean;
}

export const TS_SYNTAX: Syntax = { lineComment: '//', blockComments: true };
export const PY_SYNTAX: Syntax = { lineComment: '#', blockComments: false };

export function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break that ends the line holding `offset` (or the source length). */
export function lineEndOf(source: string, offset: number): number {
  const nl = source.indexOf('\n', offset);
  if (nl === -1) return source.length;
  return source[nl - 1] === '\r' ? nl - 1 : nl;
}

export function indentOf(source: string, offset: number): string {
  const start = lineStartOf(source, offset);
  const match = /^[ \t]*/.exec(source.slice(start, offset));
  return match ? match[0] : '';
}

export function isFirstOnLine(source: string, offset: number): boolean {
  return /^[ \t]*$/.test(source.slice(lineStartOf(source, offset), offset));
}

/** The file's line break, so inserted lines match the rest (CRLF survives). */
export function eolOf(source: string): string {
  return /\r\n/.test(source) ? '\r\n' : '\n';
}

/** The indentation step the file uses (two spaces when nothing says otherwise). */
export function indentUnitOf(source: string): string {
  const match = /\n(\t+|[ ]{2,})\S/.exec(source);
  if (!match) return '  ';
  return match[1].startsWith('\t') ? '\t' : match[1].length % 4 === 0 && !/\n {2}\S/.test(source) ? '    ' : '  ';
}

/** Skips spaces, tabs and block comments without crossing a line break. */
function skipInline(source: string, offset: number, syntax: Syntax): number {
  let p = offset;
  for (;;) {
    while (source[p] === ' ' || source[p] === '\t') p++;
    if (syntax.blockComments && source.startsWith('/*', p)) {
      const close = source.indexOf('*/', p + 2);
      if (close === -1 || source.slice(p, close).includes('\n')) return p;
      p = close + 2;
      continue;
    }
    return p;
  }
}

/** After an item: optional comma and a trailing line comment, up to the line break. */
function endOfItemLine(source: string, item: Range, syntax: Syntax): { comma: number | null; lineBreak: number | null } {
  let p = skipInline(source, item.end, syntax);
  let comma: number | null = null;
  if (source[p] === ',') {
    comma = p;
    p = skipInline(source, p + 1, syntax);
  }
  if (source.startsWith(syntax.lineComment, p)) p = lineEndOf(source, p);
  if (source[p] === '\r' && source[p + 1] === '\n') return { comma, lineBreak: p };
  if (source[p] === '\n' || p === source.length) return { comma, lineBreak: p };
  return { comma, lineBreak: null };
}

function afterLineBreak(source: string, lineBreak: number): number {
  if (source[lineBreak] === '\r') return lineBreak + 2;
  return Math.min(lineBreak + 1, source.length);
}

/** Removes items[index] from a comma-separated list, with its comma and, when it has its own lines, those lines. */
export function removeListItem(source: string, items: Range[], index: number, syntax: Syntax): Edit {
  const item = items[index];
  const prev = items[index - 1];
  const next = items[index + 1];
  const { comma, lineBreak } = endOfItemLine(source, item, syntax);
  const ownLines = isFirstOnLine(source, item.start) && lineBreak !== null && (!prev || !sameLine(source, prev.end, item.start));
  if (ownLines && lineBreak !== null) {
    return replaceRange(lineStartOf(source, item.start), afterLineBreak(source, lineBreak), '');
  }
  if (next) {
    let p = comma !== null ? comma + 1 : item.end;
    while (source[p] === ' ' || source[p] === '\t') p++;
    return replaceRange(item.start, p, '');
  }
  if (prev) return replaceRange(prev.end, comma !== null ? comma + 1 : item.end, prev && comma !== null ? ',' : '');
  // the only item, inline: take the padding inside the brackets along (`{ a }` → `{}`)
  let start = item.start;
  let end = comma !== null ? comma + 1 : item.end;
  while (source[start - 1] === ' ' || source[start - 1] === '\t') start--;
  while (source[end] === ' ' || source[end] === '\t') end++;
  return replaceRange(start, end, '');
}

function sameLine(source: string, a: number, b: number): boolean {
  return !source.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
}

export interface ListShape {
  /** offset just after the opening bracket */
  open: number;
  /** offset of the closing bracket */
  close: number;
  items: Range[];
  /** padding inside brackets for a one-line list that was empty: `{ a }` vs `(a)` */
  pad: string;
}

/** Appends `text` as the last item of a list, following the list's layout. */
export function appendListItem(source: string, list: ListShape, text: string, syntax: Syntax): Edit[] {
  const eol = eolOf(source);
  const last = list.items[list.items.length - 1];
  if (!last) {
    const inside = source.slice(list.open, list.close);
    if (inside.includes('\n')) {
      const indent = indentOf(source, list.close) + indentUnitOf(source);
      return [replaceRange(list.open, list.close, `${eol}${indent}${text},${eol}${indentOf(source, list.close)}`)];
    }
    return [replaceRange(list.open, list.close, `${list.pad}${text}${list.pad}`)];
  }
  const { comma, lineBreak } = endOfItemLine(source, last, syntax);
  const multiLine = isFirstOnLine(source, last.start) && lineBreak !== null && source.slice(list.open, last.start).includes('\n');
  if (multiLine && lineBreak !== null) {
    const indent = indentOf(source, last.start);
    const edits: Edit[] = [];
    const added = `${eol}${indent}${indentLines(text, indent, eol)}${comma !== null ? ',' : ''}`;
    // two insertions at one offset count as overlapping and the pipeline would drop the fix: make them one
    if (comma === null && last.end === lineBreak) return [insertAt(lineBreak, `,${added}`)];
    if (comma === null) edits.push(insertAt(last.end, ','));
    edits.push(insertAt(lineBreak, added));
    return edits;
  }
  if (comma !== null) return [insertAt(comma + 1, ` ${text}`)];
  return [insertAt(last.end, `, ${text}`)];
}

/** Indents every line after the first of a multi-line snippet. */
export function indentLines(text: string, indent: string, eol = '\n'): string {
  return text.split('\n').map((line, i) => (i === 0 || line === '' ? line : indent + line)).join(eol);
}

/** Inserts a statement (possibly several lines) on the line after the one where `after` ends. */
export function insertStatementAfter(source: string, statement: Range, text: string): Edit {
  const eol = eolOf(source);
  const indent = indentOf(source, statement.start);
  const at = lineEndOf(source, statement.end);
  return insertAt(at, `${eol}${indent}${indentLines(text, indent, eol)}`);
}

/**
 * Removes a statement: its whole lines when it stands alone on them (a
 * trailing line comment goes too, and one of the blank lines around it when
 * it sat between two), else its text, a `;` after it and the spaces that follow.
 */
export function removeStatement(source: string, statement: Range, syntax: Syntax): Edit {
  const { comma, lineBreak } = endOfItemLine(source, statement, syntax);
  if (comma === null && lineBreak !== null && isFirstOnLine(source, statement.start)) {
    const start = lineStartOf(source, statement.start);
    const end = afterLineBreak(source, lineBreak);
    const blankBefore = start > 0 && /^[ \t]*\r?$/.test(source.slice(lineStartOf(source, start - 1), start - 1));
    const blankAfter = /^[ \t]*(\r?\n|$)/.exec(source.slice(end));
    return replaceRange(start, blankBefore && blankAfter && end < source.length ? end + blankAfter[0].length : end, '');
  }
  let end = skipInline(source, statement.end, syntax);
  if (source[end] === ';') end = skipInline(source, end + 1, syntax);
  return replaceRange(statement.start, end, '');
}

/** Inserts a statement on its own line before the line where `before` starts. */
export function insertStatementBefore(source: string, statement: Range, text: string): Edit {
  const eol = eolOf(source);
  const indent = indentOf(source, statement.start);
  return insertAt(lineStartOf(source, statement.start), `${indent}${indentLines(text, indent, eol)}${eol}`);
}

/** 1-based line and column of an offset. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

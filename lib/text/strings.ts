/**
 * String-literal text in the file's own quoting.
 */

/**
 * The text of a string literal holding `value`, quoted the way `literalText`
 * is (`'a'`, `"a"`, Python `r"a"`). `value` must not need escaping in that
 * quote, which holds for the names and versions rules write.
 */
export function requote(literalText: string, value: string): string {
  const open = /^[A-Za-z]*("""|'''|["'`])/.exec(literalText);
  if (!open) return JSON.stringify(value);
  return `${open[0]}${value}${open[1]}`;
}

/**
 * A plain string literal rewritten to interpolate `expression` in place of
 * the characters [from, to) of its content (offsets in the text between the
 * quotes, as written): a template literal in TypeScript, an f-string in
 * Python. Undefined for what cannot become one (Python bytes, implicit
 * concatenation).
 */
export function interpolateInto(literalText: string, language: 'ts' | 'py', from: number, to: number, expression: string): string | undefined {
  const match = /^([A-Za-z]*)("""|'''|["'`])([\s\S]*)\2$/.exec(literalText);
  if (!match) return undefined;
  const [, prefix, quote, content] = match;
  if (quote.length === 1 && new RegExp(`(^|[^\\\\])(\\\\\\\\)*${quote}`).test(content)) return undefined;
  const before = content.slice(0, from);
  const after = content.slice(to);
  if (language === 'ts') {
    const escape = (text: string) => (quote === '`' ? text : text.replace(/`|\$\{/g, (m) => `\\${m}`));
    return `\`${escape(before)}\${${expression}}${escape(after)}\``;
  }
  if (/b/i.test(prefix)) return undefined;
  const formatted = /f/i.test(prefix);
  const escape = (text: string) => (formatted ? text : text.replace(/[{}]/g, (m) => m + m));
  // `u` cannot be combined with `f`, and means nothing in Python 3
  const fPrefix = formatted ? prefix : `f${prefix.replace(/u/i, '')}`;
  return `${fPrefix}${quote}${escape(before)}{${expression}}${escape(after)}${quote}`;
}

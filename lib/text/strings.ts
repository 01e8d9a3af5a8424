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

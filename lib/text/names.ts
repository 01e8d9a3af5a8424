/**
 * Fresh names for code that a fix introduces. The check is on the text: a
 * name that appears anywhere in the source (code, string or comment) counts
 * as taken, which is conservative and cannot shadow anything.
 */

function appearsIn(source: string, name: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_$])${name.replace(/\$/g, '\\$')}($|[^A-Za-z0-9_$])`).test(source);
}

/** `base`, or `base2`, `base3`, ... : the first that neither the source nor `taken` uses. */
export function unusedName(source: string, base: string, taken: readonly string[] = []): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.includes(name) && !appearsIn(source, name)) return name;
  }
}

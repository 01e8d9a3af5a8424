/**
 * Text edits: the one currency of fixes in both languages. An edit replaces
 * the characters [start, end) of the source with `text`; untouched text stays
 * byte-identical by construction.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function replaceRange(start: number, end: number, text: string): Edit {
  return { start, end, text };
}

export function insertAt(offset: number, text: string): Edit {
  return { start: offset, end: offset, text };
}

export function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks, in order, the groups of edits that do not overlap an already chosen
 * one (a group is one fix and is taken whole or not at all), like ESLint does
 * per pass; the rest wait for the next pass.
 */
export function selectCompatible<T extends { edits: Edit[] }>(groups: T[]): T[] {
  const chosen: T[] = [];
  const taken: Edit[] = [];
  for (const group of groups) {
    if (group.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    if (group.edits.some((e, i) => group.edits.some((f, j) => i < j && overlaps(e, f)))) continue;
    chosen.push(group);
    taken.push(...group.edits);
  }
  return chosen;
}

export function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

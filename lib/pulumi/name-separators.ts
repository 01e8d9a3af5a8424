/**
 * The characters that join the words of a resource name (`logs-dev`,
 * `orders_db`, `api.v1`), and how a piece of a name leaves with one of them.
 */
import type { ValuePart } from './model';

export const SEPARATORS = ['-', '_', '.'];

/** Whether `text` is nothing but separators (or nothing at all). */
export function isOnlySeparators(text: string): boolean {
  return [...text].every((c) => SEPARATORS.includes(c));
}

function endsWithSeparator(text: string): boolean {
  return SEPARATORS.includes(text[text.length - 1]) && text[text.length - 2] !== '\\';
}

/**
 * `parts` without the dropped ones, each taking one separator next to it
 * along: the one before it when there is one (`logs-${ts}` → `logs`), else the
 * one after it (`${ts}-logs` → `logs`). Literal parts come back with their
 * text shortened (possibly to ''), their positions unchanged.
 */
export function dropWithSeparator(parts: readonly ValuePart[], drop: (part: ValuePart) => boolean): ValuePart[] {
  const out = parts.map((p) => ({ ...p }));
  parts.forEach((part, i) => {
    if (!drop(part)) return;
    const before = out[i - 1];
    const after = out[i + 1];
    if (before?.kind === 'literal' && endsWithSeparator(before.text)) before.text = before.text.slice(0, -1);
    else if (after?.kind === 'literal' && SEPARATORS.includes(after.text[0])) after.text = after.text.slice(1);
  });
  return out.filter((_, i) => !drop(parts[i]));
}

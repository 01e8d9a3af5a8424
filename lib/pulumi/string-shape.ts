/**
 * A string-building expression printed back from some of its parts
 * (Value.parts), in the shape it was written in: a template literal or
 * f-string (`pulumi.interpolate` too), a `+` concatenation, or a Python
 * `"...".format(...)` call. Parts keep their positions, so what is kept is
 * copied from the source as written; a literal part may come with a shorter
 * text.
 */
import type { Located } from '../rule';
import type { CallView, Value, ValuePart } from './model';

export interface StringShape {
  parts: ValuePart[];
  /** the expression printed from `kept` (some of `parts`, in order); undefined when that cannot be written in this shape */
  print(kept: ValuePart[]): string | undefined;
}

/** A string's opening (`"`, `` ` ``, `f'''`, `` pulumi.interpolate` ``) and closing delimiters. */
const OPENING = /^[A-Za-z]*(?:"""|'''|"|')$|`$/;
const CLOSING = /^(?:"""|'''|["'`])/;

/**
 * The shape of `value`, or undefined when it is not one that can be printed
 * from its parts (a tagged template other than `pulumi.interpolate`, Python's
 * implicit concatenation, a template nested in a concatenation, numbered
 * `.format` fields). `quote` is the one a template literal left without
 * interpolations is written in.
 */
export function stringShape(value: Value, quote: string): StringShape | undefined {
  const parts = value.parts();
  if (parts.length === 0) return undefined;
  const call = value.asCall();
  if (call) return call.method === 'format' ? formatShape(value, call, parts) : undefined;
  if (parts.every((p) => (p.kind === 'expression') === !!p.outer)) return interpolatedShape(value, parts, quote);
  if (parts.every((p) => (p.kind === 'literal') === !!p.outer)) return concatenationShape(value, parts);
  return undefined;
}

/** The source text between two offsets of `value`. */
function slicer(value: Value): (start: number, end: number) => string {
  return (start, end) => value.text.slice(start - value.start, end - value.start);
}

function written(part: ValuePart): Located {
  return part.outer ?? part;
}

/** The gaps between consecutive parts as written: empty in a template, ` + ` in a concatenation. */
function gaps(value: Value, parts: ValuePart[]): string[] {
  const slice = slicer(value);
  return parts.slice(1).map((part, i) => slice(written(parts[i]).end, written(part).start));
}

/** The delimiters around `parts` when they fill one string literal of `container`, parentheses and casts around it left out. */
function delimiters(container: Value, parts: ValuePart[]): { open: string; close: string } | undefined {
  if (gaps(container, parts).some((gap) => gap !== '')) return undefined;
  const slice = slicer(container);
  const open = slice(container.start, written(parts[0]).start).replace(/^[(\s]+/, '');
  const close = CLOSING.exec(slice(written(parts[parts.length - 1]).end, container.end))?.[0];
  return close && OPENING.test(open) ? { open, close } : undefined;
}

/** The body of a string from its kept parts: literal text, placeholders as written. */
function body(value: Value, kept: ValuePart[]): string {
  const slice = slicer(value);
  return kept.map((p) => (p.kind === 'literal' ? p.text : slice(written(p).start, written(p).end))).join('');
}

/** `` `logs-${env}` ``, `` pulumi.interpolate`...` ``, `f"logs-{env}"`. */
function interpolatedShape(value: Value, parts: ValuePart[], quote: string): StringShape | undefined {
  const found = delimiters(value, parts);
  if (!found) return undefined;
  const { open, close } = found;
  const tagged = open.length > 1 && open.endsWith('`');
  // the tag as written: snippets often use `pulumi.interpolate` without importing pulumi
  if (tagged && !/(^|\.)\s*interpolate\s*`$/.test(open)) return undefined;
  return {
    parts,
    print(kept) {
      const text = body(value, kept);
      return kept.some((p) => p.kind === 'expression') || tagged ? open + text + close : withoutInterpolation(open, text, close, quote);
    },
  };
}

/**
 * A template literal or f-string left without interpolations, as a plain
 * string: `` `logs` `` → `"logs"` (in `quote`), `f"logs"` → `"logs"`; unchanged
 * when its text still needs the template (a `\`, a line break, `{{`).
 */
function withoutInterpolation(open: string, text: string, close: string, quote: string): string {
  if (open === '`') return /[\\\n\r]/.test(text) ? open + text + close : quote + text.split(quote).join(`\\${quote}`) + quote;
  return /\{\{|\}\}/.test(text) ? open + text + close : open.replace(/[fF]/, '') + text + close;
}

/**
 * `"app-" + env + "-" + suffix`: the operands joined as the first two are; an
 * emptied string operand goes; nothing but expressions could turn into
 * arithmetic (`x + y` is one operand of `x + y + "-" + suffix`).
 */
function concatenationShape(value: Value, parts: ValuePart[]): StringShape | undefined {
  const joiners = gaps(value, parts);
  if (!joiners.every((gap) => /^\s*\+\s*$/.test(gap))) return undefined;
  const slice = slicer(value);
  return {
    parts,
    print(kept) {
      const operands = kept.filter((p) => !(p.kind === 'literal' && p.text === ''));
      if (operands.every((p) => p.kind === 'expression') && (operands.length > 1 || operands[0]?.value?.kind === 'other')) return undefined;
      const operand = (p: ValuePart) => (p.kind === 'literal' ? slice(written(p).start, p.start) + p.text + slice(p.end, written(p).end) : slice(p.start, p.end));
      return operands.map(operand).join(joiners[0] ?? '');
    },
  };
}

/** `"logs-{}-{env}".format(name, env=env)`: every field matched to an argument, automatic numbering only, every positional argument used. */
function formatShape(value: Value, call: CallView, parts: ValuePart[]): StringShape | undefined {
  const template = call.receiver;
  const found = template?.kind === 'string' ? delimiters(template, parts) : undefined;
  if (!found || /[fF]/.test(found.open) || call.spread) return undefined;
  const slice = slicer(value);
  const fields = parts.flatMap((p) => (p.kind === 'expression' ? [p] : []));
  if (fields.some((f) => !f.value || /^\{\d/.test(slice(f.start, f.end)))) return undefined;
  const used = new Set(fields.map((f) => f.value?.start));
  if (call.args.filter((a) => used.has(a.start)).length !== call.args.length) return undefined;
  // each argument as written (`env=env` for a keyword), with the value a field reads
  const args: { at: Located; value: Value }[] = [...call.args.map((a) => ({ at: a, value: a })), ...call.keywords.map((k) => ({ at: k, value: k.value }))];
  args.sort((a, b) => a.at.start - b.at.start);
  return {
    parts,
    print(kept) {
      const text = body(value, kept);
      const read = new Set(kept.flatMap((p) => (p.kind === 'expression' ? [p.value?.start] : [])));
      const dropped = new Set(fields.flatMap((f) => (read.has(f.value?.start) ? [] : [f.value?.start])));
      const remaining = args.filter((a) => !dropped.has(a.value.start)).map((a) => slice(a.at.start, a.at.end));
      const string = found.open + text + found.close;
      return remaining.length === 0 && !/\{\{|\}\}/.test(text) ? string : `${string}.format(${remaining.join(', ')})`;
    },
  };
}

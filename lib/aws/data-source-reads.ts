/**
 * Where a program reads a field of a data source's result:
 *   aws.getRegionOutput().name            (await aws.getRegion()).name
 *   aws.getRegion().then((r) => r.name)   aws.get_region().name
 *   const region = aws.getRegionOutput(); ... region.name
 *   aws.get_region_output().apply(lambda r: r.name)
 */
import type { PulumiFile, Value } from '../pulumi/model';
import type { ProviderRef } from './provider-refs';

export interface ResultRead {
  /** the function's module ('' at the package root) and its name as written */
  module: string;
  name: string;
  /** the member expression that reads the field, and the field as written */
  read: Value;
  field: string;
}

/** `.then(...)` / `.apply(...)` receive the result. */
const CALLBACKS = new Set(['then', 'apply']);
/** Members of a promise or an Output that are not fields of the result. */
const NOT_FIELDS = new Set([...CALLBACKS, 'catch', 'finally']);

/** The name after the last dot of a member expression. */
const lastSegment = (member: Value) => /(\w+)\s*$/.exec(member.text)?.[1];

/** `(r) => r.x`, `async r => ...`, `function (r) {...}`, `lambda r: ...` → 'r' */
function callbackParameter(callback: Value): string | undefined {
  return /^(?:async\s*)?(?:function\s*\w*\s*)?\(?\s*([A-Za-z_$][\w$]*)/.exec(callback.text.replace(/^lambda\s+/, ''))?.[1];
}

/** The call, or the `await` around it. */
function holderOf(call: Value): Value {
  const parent = call.parent();
  return parent && parent.kind === 'other' && /^await\b/.test(parent.text) && parent.end === call.end ? parent : call;
}

/** A member read on a value that holds the result: a field, or `.then`/`.apply` whose callback reads fields. */
function readsThrough(member: Value, module: string, name: string): ResultRead[] {
  const field = lastSegment(member);
  if (!field) return [];
  if (!NOT_FIELDS.has(field)) return [{ module, name, read: member, field }];
  if (!CALLBACKS.has(field)) return [];
  const callback = member.parent()?.asCall()?.args[0];
  const param = callback && callbackParameter(callback);
  if (!callback || !param) return [];
  return callback
    .descendants('member')
    .filter((m) => m.path()?.length === 2 && m.path()?.[0] === param)
    .map((m) => ({ module, name, read: m, field: (m.path() as string[])[1] }));
}

function readsOfHolder(holder: Value, module: string, name: string, pulumi: PulumiFile): ResultRead[] {
  const parent = holder.parent();
  if (!parent) return [];
  if (parent.kind === 'member' && parent.start === holder.start) return readsThrough(parent, module, name);
  // `region = aws.get_region()` / `const region = aws.getRegionOutput()`: the reads of that name
  const bound = /^([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*/.exec(parent.text)?.[1];
  if (!bound || !parent.text.endsWith(holder.text)) return [];
  return (fieldReads(pulumi).get(bound) ?? [])
    .filter((m) => pulumi.variable(bound, m)?.value.start === holder.start)
    .flatMap((m) => readsThrough(m, module, name));
}

/** `x.y` member reads by the name they read from, made once per file. */
const readsByName = new WeakMap<PulumiFile, Map<string, Value[]>>();

function fieldReads(pulumi: PulumiFile): Map<string, Value[]> {
  let byName = readsByName.get(pulumi);
  if (!byName) {
    byName = new Map();
    for (const member of pulumi.expressions('member')) {
      const path = member.path();
      if (path?.length !== 2) continue;
      const reads = byName.get(path[0]);
      if (reads) reads.push(member);
      else byName.set(path[0], [member]);
    }
    readsByName.set(pulumi, byName);
  }
  return byName;
}

/** Every field read of the results of the called data sources among `refs`. */
export function dataSourceReads(pulumi: PulumiFile, refs: readonly ProviderRef[]): ResultRead[] {
  return refs
    .filter((ref) => ref.called && (ref.segments.length === 1 || ref.segments.length === 2))
    .flatMap((ref) => {
      const call = ref.value.parent();
      if (!call) return [];
      const [module, name] = ref.segments.length === 1 ? ['', ref.segments[0]] : ref.segments;
      return readsOfHolder(holderOf(call), module, name, pulumi);
    });
}

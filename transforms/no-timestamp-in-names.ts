/**
 * no-timestamp-in-names
 *
 * Fact: Pulumi identifies a resource by its logical name (the first
 * argument, part of the URN), and a resource's physical name (`bucket`,
 * `name`, `functionName`, ...) is, for most resources, an input that cannot
 * change in place. A name built from `Date.now()`, `time.time()`,
 * `uuid.uuid4()`... differs on every `pulumi up`: a new logical name is a new
 * resource (the old one is deleted), a new physical name replaces the
 * resource, so each deployment deletes and re-creates it (and S3 buckets,
 * which must be empty to be deleted, collide or are left behind). Unique
 * physical names are what Pulumi's auto-naming gives, with a random suffix
 * kept stable in the state (FACTS.md §2.2). Source: Pulumi docs "Resource
 * names" (https://www.pulumi.com/docs/iac/concepts/resources/names/) and
 * FACTS.md §2.
 */
import { defineRule } from '../lib/define-rule';
import { clockRead, firstClockRead, MAX_DEPTH, type ClockRead } from '../lib/pulumi/clock-reads';
import type { PulumiFile, Resource, Value, ValuePart, Variable } from '../lib/pulumi/model';
import { dropWithSeparator, isOnlySeparators } from '../lib/pulumi/name-separators';
import { stringShape } from '../lib/pulumi/string-shape';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';

/** A name that reads a clock: `text` is its stable version, undefined when none can be made without inventing a name. */
interface Rewrite {
  target: Value;
  text: string | undefined;
  clocks: ClockRead[];
}

/** Named for a snapshot taken when the resource is deleted, not the resource's own name; models make it unique on purpose. */
const NOT_NAMES = new Set(['finalSnapshotIdentifier', 'final_snapshot_identifier']);

/** `bucket`, and keys ending in Name/Prefix/Identifier: `functionName`, `bucket_prefix`, `clusterIdentifier`, `name`. */
function isNameKey(key: string): boolean {
  if (NOT_NAMES.has(key)) return false;
  const last = key.split(/_|(?=[A-Z])/).pop()?.toLowerCase();
  return key === 'bucket' || last === 'name' || last === 'prefix' || last === 'identifier';
}

function nameValues(resource: Resource): Value[] {
  const values = resource.name ? [resource.name] : [];
  for (const prop of resource.args?.props() ?? []) if (isNameKey(prop.key)) values.push(prop.value);
  return values;
}

/** The quote the file's resource names use, for a template that becomes a plain string. */
function nameQuote(pulumi: PulumiFile): string {
  const literal = pulumi.allResources().find((r) => r.name?.kind === 'string' && /^['"]/.test(r.name.text));
  return literal?.name?.text[0] ?? '"';
}

/** The constant an interpolated name reads, whose own value may hold a clock (`${namePrefix}`). */
function constantOf(value: Value, pulumi: PulumiFile): Variable | undefined {
  const name = value.kind === 'name' ? value.path()?.[0] : undefined;
  return name === undefined ? undefined : pulumi.variable(name, value);
}

/**
 * The rewrites that make a name stable: the name itself when it reads a clock,
 * and the constants it interpolates whose own value reads one
 * (`${projectNameUnique}-vpc` → `const projectNameUnique = \`${project}-${suffix}\``).
 */
function rewriteName(value: Value, pulumi: PulumiFile, quote: string, depth = 0): Rewrite[] {
  const whole = clockRead(value, pulumi);
  if (whole) return [{ target: value, text: undefined, clocks: [whole] }];
  if (value.kind === 'name') {
    const variable = depth < MAX_DEPTH ? pulumi.variable(value.text, value) : undefined;
    return variable ? rewriteName(variable.value, pulumi, quote, depth + 1) : [];
  }
  const shape = stringShape(value, quote);
  const clocks = new Map<ValuePart, ClockRead>();
  const constants: Variable[] = [];
  for (const part of shape?.parts ?? []) {
    const clock = part.kind === 'expression' && part.value ? clockRead(part.value, pulumi) : undefined;
    const constant = part.kind === 'expression' && part.value && !clock ? constantOf(part.value, pulumi) : undefined;
    if (clock) clocks.set(part, clock);
    if (constant) constants.push(constant);
  }
  const nested = depth < MAX_DEPTH ? constants.flatMap((c) => rewriteName(c.value, pulumi, quote, depth + 1)) : [];
  if (!shape || (clocks.size === 0 && nested.length === 0)) {
    const inside = firstClockRead(value, pulumi);
    return inside ? [{ target: value, text: undefined, clocks: [inside] }] : [];
  }
  if (clocks.size === 0) return nested;
  const kept = dropWithSeparator(shape.parts, (p) => clocks.has(p));
  const empty = kept.every((p) => p.kind === 'literal' && isOnlySeparators(p.text));
  return [{ target: value, text: empty ? undefined : shape.print(kept), clocks: [...clocks.values()] }, ...nested];
}

function check({ pulumi, report, source }: RuleContext): void {
  const quote = nameQuote(pulumi);
  const rewrites = new Map<number, Rewrite>();
  const logicalNames: { resource: Resource; rewrite: Rewrite }[] = [];
  for (const resource of pulumi.allResources()) {
    for (const value of nameValues(resource)) {
      for (const rewrite of rewriteName(value, pulumi, quote)) {
        if (rewrites.has(rewrite.target.start)) continue;
        rewrites.set(rewrite.target.start, rewrite);
        if (rewrite.target.start === resource.name?.start) logicalNames.push({ resource, rewrite });
      }
    }
  }
  keepLogicalNamesUnique(pulumi.allResources(), logicalNames);
  keepSharedClocksInStep([...rewrites.values()]);
  const fixes = planFixes([...rewrites.values()]);
  for (const rewrite of rewrites.values()) {
    for (const clock of rewrite.clocks) {
      const data = { expression: source.slice(clock.at.start, clock.at.end) };
      const edits = fixes.get(rewrite);
      if (edits) report(clock.at, 'removeTimestamp', { data, fix: () => edits });
      else report(clock.at, 'stableNameNeeded', { data });
    }
  }
}

/**
 * Two resources of one type whose names differ only by the timestamp, or a
 * stripped name equal to another resource's, would share a URN: those
 * rewrites are left to the author.
 */
function keepLogicalNamesUnique(resources: Resource[], logicalNames: { resource: Resource; rewrite: Rewrite }[]): void {
  const rewritten = new Map(logicalNames.map(({ resource, rewrite }) => [resource, rewrite]));
  const seen = new Map<string, (Rewrite | undefined)[]>();
  for (const resource of resources) {
    const rewrite = rewritten.get(resource);
    const text = rewrite ? rewrite.text : resource.name?.text;
    if (text === undefined) continue;
    const key = `${resource.type}\0${literalContent(text)}`;
    seen.set(key, [...(seen.get(key) ?? []), rewrite]);
  }
  for (const group of seen.values()) {
    if (group.length > 1) for (const rewrite of group) if (rewrite) rewrite.text = undefined;
  }
}

/**
 * A clock constant that still builds some other string after the fix
 * (`arn:aws:s3:::logs-${timestamp}/*`, an environment variable) may be
 * rebuilding the same name: dropping it from the name alone would make the two
 * disagree, so every name that reads it is left to the author.
 */
function keepSharedClocksInStep(rewrites: Rewrite[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { readers, remaining } of clockConstants(rewrites.filter((r) => r.text !== undefined))) {
      if (!remaining.some(buildsString)) continue;
      for (const rewrite of readers) rewrite.text = undefined;
      changed = true;
    }
  }
}

function buildsString(reference: Value): boolean {
  for (let at = reference.parent(); at; at = at.parent()) if (at.kind === 'template') return true;
  return false;
}

/** `"logs"`, `'logs'` and `` `logs` `` name the same; anything else is compared as written. */
function literalContent(text: string): string {
  const quoted = /^(["'`])([^"'`\\$]*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}

/**
 * The edits of each fixable rewrite. A constant whose every reference is
 * dropped from names is deleted too, in one fix with all the rewrites that
 * read it, so the declaration never goes while a use stays.
 */
function planFixes(rewrites: Rewrite[]): Map<Rewrite, Edit[]> {
  const fixable = rewrites.filter((r) => r.text !== undefined);
  const deletable = clockConstants(fixable).filter(({ remaining }) => remaining.length === 0);
  const leader = new Map<Rewrite, Rewrite>(fixable.map((r) => [r, r]));
  const root = (r: Rewrite): Rewrite => (leader.get(r) === r ? r : root(leader.get(r) as Rewrite));
  for (const { readers } of deletable) for (const r of readers) leader.set(root(r), root(readers[0]));
  const groups = new Map<Rewrite, Edit[]>();
  for (const r of fixable) groups.set(root(r), [...(groups.get(root(r)) ?? []), r.target.replace(r.text as string)]);
  for (const { variable, readers } of deletable) {
    const removal = variable.remove();
    if (removal) groups.get(root(readers[0]))?.push(removal);
  }
  return new Map(fixable.map((r) => [r, groups.get(root(r)) as Edit[]]));
}

/** The clock constants the rewrites read, with those rewrites and the references that stay once they are applied. */
function clockConstants(fixable: Rewrite[]): { variable: Variable; readers: Rewrite[]; remaining: Value[] }[] {
  const reads = new Map<number, { variable: Variable; dropped: Set<number>; readers: Rewrite[] }>();
  for (const rewrite of fixable) {
    for (const { variable, at } of rewrite.clocks.flatMap((c) => c.uses)) {
      const entry = reads.get(variable.statement.start) ?? { variable, dropped: new Set<number>(), readers: [] };
      entry.dropped.add(at.start);
      entry.readers.push(rewrite);
      reads.set(variable.statement.start, entry);
    }
  }
  return [...reads.values()].map(({ variable, dropped, readers }) => ({ variable, readers, remaining: variable.references.filter((ref) => !dropped.has(ref.start)) }));
}

export default defineRule({
  meta: {
    id: 'no-timestamp-in-names',
    title: 'Timestamp or random value in a resource name',
    description: 'Removes Date.now(), time.time(), uuid4()... from logical and physical resource names, which must be stable between deployments',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      removeTimestamp: '`{{expression}}` changes on every run: a name built from it makes Pulumi replace the resource on each `pulumi up`; removed from the name',
      stableNameNeeded: '`{{expression}}` changes on every run, so this resource is replaced on each `pulumi up`; give it a stable name (or leave the physical name to Pulumi auto-naming)',
    },
    fact: "A resource's logical name (URN) and physical name must not change between deployments: a changed logical name is a new resource and a changed physical name replaces it, so a name built from the clock or a random value deletes and re-creates the resource on every `pulumi up`. Pulumi auto-naming already adds a random suffix that stays stable.",
    sources: ['https://www.pulumi.com/docs/iac/concepts/resources/names/', 'FACTS.md §2.2 (auto-naming suffix is stable across updates)'],
  },
  ts: check,
  py: check,
});

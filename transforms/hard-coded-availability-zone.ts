/**
 * hard-coded-availability-zone
 *
 * Fact: an availability zone name (`us-east-1a`) exists in one region only,
 * and which zones of a region an account may use varies (zone names map to
 * physical zones per account, and some are not offered to every account).
 * A program that names zones fails when the stack deploys to another region;
 * `aws.getAvailabilityZones` (`aws.get_availability_zones`, or the Output
 * form `aws.getAvailabilityZonesOutput`) lists the zones the provider's region
 * offers, `state: "available"` keeping those that can be used now. Sources:
 * AWS EC2 User Guide "Regions and Zones" (AZ IDs vs names); Pulumi registry,
 * aws.getAvailabilityZones.
 *
 * The zones a program names are mapped, in alphabetical order, to the first
 * entries of `names` (`us-east-1a`, `us-east-1c` → `names[0]`, `names[1]`),
 * so that distinct zones stay distinct and the program needs no more zones
 * than it used. In TypeScript the data source is a Promise, and the Output
 * form only fits where an Input is taken: a zone in a resource's arguments is
 * fixed, a zone in a plain value (a list a loop walks) is reported. In Python
 * the data source returns a plain value, so any zone can be replaced.
 * region-scattered leaves zones to this rule.
 */
import { isRegionName, regionOfZone } from '../lib/aws/region-names';
import { defineRule } from '../lib/define-rule';
import { nodeType, type PulumiFile, type Resource, type Value } from '../lib/pulumi/model';
import { insertBeforeSlot, preferredQuote, slotReaches, statementEnd, statementSlot, unusedIdentifier, type StatementSlot } from '../lib/pulumi/placement';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';

/** Unit tests and mocks name zones on purpose. */
const TEST_FILE = /(^|\/)(tests?|__tests__)\/|(^|\/)test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$/;
/** Nodes between a resource call and a value in its arguments that are not values themselves. */
const ARGUMENT_WRAPPERS = new Set(['ObjectProperty', 'pair', 'keyword_argument', 'argument_list']);

interface ZoneLiteral {
  value: Value;
  zone: string;
  region: string;
}

/** Where a fix writes `<zones>.names[...]`: one literal, or (Python) a whole list of them. */
interface Site {
  at: Value;
  index: string;
}

type Verdict = { fixable: true } | { fixable: false; messageId: string };

/** The values of objects keyed by region (`{ "us-east-1": ["us-east-1a", ...] }`): a lookup table of zones per region is deliberate. */
function regionTables(pulumi: PulumiFile): Value[] {
  return pulumi.expressions('object').flatMap((o) => o.props().filter((p) => isRegionName(p.key)).map((p) => p.value));
}

/** Zone names written as whole strings, except logical names and region tables. */
function zoneLiterals(pulumi: PulumiFile): ZoneLiteral[] {
  const names = new Set(pulumi.allResources().flatMap((r) => (r.name ? [r.name.start] : [])));
  const tables = regionTables(pulumi);
  return pulumi.expressions('string').flatMap((value) => {
    const zone = value.string;
    const region = zone !== undefined && !names.has(value.start) ? regionOfZone(zone) : undefined;
    if (!zone || !region || tables.some((t) => t.start <= value.start && value.end <= t.end)) return [];
    return [{ value, zone, region }];
  });
}

/** The resource whose arguments hold `value` as data (inside lists and objects only, not in a call or a function). */
function resourceTaking(resources: readonly Resource[], value: Value): Resource | undefined {
  for (let node = value.parent(); node; node = node.parent()) {
    const at = node;
    const owner = resources.find((r) => r.start === at.start && r.end === at.end);
    if (owner) return owner;
    if (at.kind !== 'array' && at.kind !== 'object' && !ARGUMENT_WRAPPERS.has(nodeType(at))) return undefined;
  }
  return undefined;
}

function verdict(ctx: RuleContext, literal: ZoneLiteral, regions: number): Verdict {
  if (regions > 1) return { fixable: false, messageId: 'zonesOfSeveralRegions' };
  const owner = resourceTaking(ctx.pulumi.allResources(), literal.value);
  if (owner && (owner.option('provider') || owner.arg('region'))) return { fixable: false, messageId: 'zoneOfOwnProvider' };
  if (ctx.language === 'ts' && !owner) return { fixable: false, messageId: 'zoneInPlainValue' };
  return { fixable: true };
}

/** `names[i]`, or for a Python list of consecutive zones `names[:n]` / `names[i:j]`. */
function sitesOf(ctx: RuleContext, literals: readonly ZoneLiteral[], rank: (zone: string) => number): Site[] {
  const sites: Site[] = [];
  const inLists = new Set<number>();
  if (ctx.language === 'py') {
    const lists = new Map<number, { list: Value; members: ZoneLiteral[] }>();
    for (const literal of literals) {
      const list = literal.value.parent();
      if (list?.kind !== 'array') continue;
      const entry = lists.get(list.start) ?? { list, members: [] };
      entry.members.push(literal);
      lists.set(list.start, entry);
    }
    for (const { list, members } of lists.values()) {
      const ranks = members.map((m) => rank(m.zone));
      const consecutive = ranks.every((r, i) => r === ranks[0] + i);
      if (members.length !== list.elements().length || list.hasSpread() || !consecutive) continue;
      const to = ranks[0] + members.length;
      sites.push({ at: list, index: ranks[0] === 0 ? `[:${to}]` : `[${ranks[0]}:${to}]` });
      for (const m of members) inLists.add(m.value.start);
    }
  }
  for (const literal of literals) if (!inLists.has(literal.value.start)) sites.push({ at: literal.value, index: `[${rank(literal.zone)}]` });
  return sites.sort((a, b) => a.at.start - b.at.start);
}

/** Sites that one declaration put before the first of them can serve; a site outside any statement list stands alone. */
function groupsOf(sites: readonly Site[]): { slot: StatementSlot | undefined; sites: Site[] }[] {
  const groups: { slot: StatementSlot | undefined; sites: Site[] }[] = [];
  for (const site of sites) {
    const group = groups.find((g) => g.slot && slotReaches(g.slot, site.at));
    if (group) group.sites.push(site);
    else groups.push({ slot: statementSlot(site.at), sites: [site] });
  }
  return groups;
}

/** The data source call, in the file's language and spelling; undefined when the file cannot name it. */
function zonesCall({ pulumi }: RuleContext): string | undefined {
  const quote = preferredQuote(pulumi);
  if (pulumi.language === 'ts') {
    const callee = pulumi.spell('aws.getAvailabilityZonesOutput');
    return callee && `${callee}({ state: ${quote}available${quote} })`;
  }
  const callee = pulumi.spell('aws.get_availability_zones');
  return callee && `${callee}(state=${quote}available${quote})`;
}

/**
 * The edits for every fixable zone of the file at once (one fix, so that the
 * index of each zone is computed over all of them): a zone used once reads
 * the data source in place; several share one declaration.
 */
function readZones(ctx: RuleContext, sites: readonly Site[], call: string): Edit[] {
  const { pulumi, source } = ctx;
  const taken: string[] = [];
  return groupsOf(sites).flatMap(({ slot, sites: members }) => {
    if (!slot || members.length === 1) return members.map((s) => s.at.replace(`${call}.names${s.index}`));
    const name = unusedIdentifier(pulumi, source, pulumi.language === 'ts' ? 'availabilityZones' : 'availability_zones', taken);
    taken.push(name);
    const declaration = pulumi.language === 'ts' ? `const ${name} = ${call}${statementEnd(source, slot.statement)}` : `${name} = ${call}`;
    return [insertBeforeSlot(source, slot, declaration), ...members.map((s) => s.at.replace(`${name}.names${s.index}`))];
  });
}

function check(ctx: RuleContext): void {
  const { pulumi, report } = ctx;
  if (TEST_FILE.test(ctx.filename) || pulumi.allResources().length === 0) return;
  const literals = zoneLiterals(pulumi);
  if (literals.length === 0) return;
  const regions = new Set(literals.map((l) => l.region));
  const zones = [...new Set(literals.map((l) => l.zone))].sort();
  const call = zonesCall(ctx);
  const helper = ctx.language === 'ts' ? '`aws.getAvailabilityZonesOutput()`' : '`aws.get_availability_zones()`';
  const fixable: ZoneLiteral[] = [];
  for (const literal of literals) {
    const data = { zone: literal.zone, region: literal.region, regions: [...regions].join(', '), helper };
    const decision = verdict(ctx, literal, regions.size);
    if (decision.fixable && call) fixable.push(literal);
    else report(literal.value, decision.fixable ? 'readZonesImport' : decision.messageId, { data });
  }
  if (!call || fixable.length === 0) return;
  let edits: Edit[] | undefined;
  const fix = () => (edits ??= readZones(ctx, sitesOf(ctx, fixable, (zone) => zones.indexOf(zone)), call));
  for (const literal of fixable) {
    report(literal.value, 'readZones', { data: { zone: literal.zone, region: literal.region, helper }, fix });
  }
}

export default defineRule({
  meta: {
    id: 'hard-coded-availability-zone',
    title: 'Availability zone written by name',
    description: 'Replaces availability zone names written in the program by the zones aws.getAvailabilityZones lists for the stack\'s region',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      readZones:
        'The availability zone `{{zone}}` exists only in {{region}}, so the stack fails in any other region; take the zones from {{helper}} (`names[i]`), which lists the zones of the region the stack deploys to',
      readZonesImport:
        'The availability zone `{{zone}}` exists only in {{region}}, so the stack fails in any other region; import the AWS package as `aws` and take the zones from {{helper}} (`names[i]`)',
      zoneInPlainValue:
        'The availability zone `{{zone}}` exists only in {{region}}, so the stack fails in any other region. Read the zones from `aws.getAvailabilityZonesOutput()` where a resource takes them (`.names[i]`), or `(await aws.getAvailabilityZones()).names` where a plain list is needed (an Output cannot drive a loop or a name)',
      zoneOfOwnProvider:
        'The availability zone `{{zone}}` is given to a resource with its own provider or region; read the zones with that provider (`aws.getAvailabilityZonesOutput({}, { provider })` / `aws.get_availability_zones(opts=pulumi.InvokeOptions(provider=...))`) and take `names[i]`',
      zonesOfSeveralRegions:
        'The availability zone `{{zone}}` is one of the zones of several regions ({{regions}}) named in this program; read each region\'s zones with {{helper}} through that region\'s provider and take `names[i]`',
    },
    fact: 'An availability zone name exists in one region only and the zones offered vary by account; aws.getAvailabilityZones lists the zones of the provider\'s region (state "available": those usable now).',
    sources: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/getavailabilityzones/',
    ],
  },
  ts: check,
  py: check,
});

/**
 * region-scattered
 *
 * Fact: a Pulumi AWS program gets its region from one place, the provider
 * configuration (`aws:region` in the stack config, or an explicit
 * `aws.Provider`), and can read it back at run time with `aws.config.region`
 * or the `aws.getRegion` / `aws.get_region` data source; availability zones
 * come from `aws.getAvailabilityZones`. A region written by hand again in ARNs,
 * endpoints, zones or providers no longer follows that configuration: deploy
 * the stack to another region and those strings still say the old one.
 * Sources: Pulumi AWS provider docs "Installation & Configuration" (`aws:region`),
 * API docs of getRegion and getAvailabilityZones. This is a design finding
 * (seed 002, Improvement #002), so the rule only reports. A zone counts as the
 * first place that names the region, but is not reported here:
 * hard-coded-availability-zone reports (and replaces) every zone.
 */
import { defineRule } from '../lib/define-rule';
import type { Value } from '../lib/pulumi/model';
import { isRegionName, REGION_PATTERN, regionOfZone } from '../lib/aws/region-names';
import type { RuleContext } from '../lib/rule';
import { positionOf } from '../lib/text/layout';

/** A region inside a string built by hand: an ARN, an endpoint host, a VPC endpoint service name. */
const EMBEDDED_REGION = [
  new RegExp(`arn:aws[a-z-]*:[a-z0-9-]+:(${REGION_PATTERN}):`),
  new RegExp(`\\.(${REGION_PATTERN})\\.amazonaws\\.com`),
  new RegExp(`com\\.amazonaws\\.(${REGION_PATTERN})\\.`),
];

interface RegionLiteral {
  value: Value;
  region: string;
  zone: boolean;
}

/** The literal text of a string or template value, piece by piece (interpolations left out). */
function literalTexts(value: Value): string[] {
  if (value.string !== undefined) return [value.string];
  return value.parts().flatMap((p) => (p.kind === 'literal' ? [p.text] : []));
}

function regionIn(value: Value): RegionLiteral | undefined {
  const whole = value.string;
  if (whole !== undefined && isRegionName(whole)) return { value, region: whole, zone: false };
  const zone = whole !== undefined ? regionOfZone(whole) : undefined;
  if (zone) return { value, region: zone, zone: true };
  for (const text of literalTexts(value)) {
    for (const pattern of EMBEDDED_REGION) {
      const embedded = pattern.exec(text)?.[1];
      if (embedded) return { value, region: embedded, zone: false };
    }
  }
  return undefined;
}

/**
 * Every place that hard-codes a region, in source order: a concatenation
 * counts once, a list of zones counts once (at its first zone), and logical
 * names do not count.
 */
function regionLiterals({ pulumi }: RuleContext): RegionLiteral[] {
  const names = new Set(pulumi.allResources().flatMap((r) => (r.name ? [r.name.start] : [])));
  const candidates = [...pulumi.expressions('template'), ...pulumi.expressions('string')].sort((a, b) => a.start - b.start || b.end - a.end);
  const found: RegionLiteral[] = [];
  const lists = new Set<number>();
  let outer: Value | undefined;
  for (const value of candidates) {
    if (outer && value.start >= outer.start && value.end <= outer.end) continue;
    const literal = names.has(value.start) ? undefined : regionIn(value);
    if (!literal) continue;
    outer = value;
    const list = value.parent();
    if (list?.kind === 'array' && lists.has(list.start)) continue;
    if (list?.kind === 'array') lists.add(list.start);
    found.push(literal);
  }
  return found;
}

function check(context: RuleContext): void {
  const [first, ...rest] = regionLiterals(context);
  if (!first) return;
  const line = positionOf(context.source, first.value.start).line;
  const howTo = context.language === 'py' ? PYTHON_ADVICE : TYPESCRIPT_ADVICE;
  for (const literal of rest) {
    if (!literal.zone) context.report(literal.value, 'repeatedRegion', { data: { region: literal.region, line, ...howTo } });
  }
}

const TYPESCRIPT_ADVICE = { readRegion: '`aws.config.region`, `aws.getRegionOutput()` or stack config' };
const PYTHON_ADVICE = { readRegion: '`aws.config.region`, `aws.get_region()` or stack config' };

export default defineRule({
  meta: {
    id: 'region-scattered',
    title: 'The same program hard-codes its region in several places',
    description: 'Reports every hard-coded region (provider, ARN, endpoint) after the first one in a program',
    languages: ['ts', 'py'],
    severity: 'suggestion',
    fixSafety: 'none',
    messages: {
      repeatedRegion:
        'The region `{{region}}` is hard-coded here too (the first hard-coded region is on line {{line}}); read the region once ({{readRegion}}) and reuse that value',
    },
    fact: 'A Pulumi AWS program takes its region from the provider configuration (`aws:region` or an explicit provider) and can read it back with `aws.config.region` or `aws.getRegion`; zones come from `aws.getAvailabilityZones`. Regions written by hand elsewhere do not follow that configuration.',
    sources: [
      'https://www.pulumi.com/registry/packages/aws/installation-configuration/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/getregion/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/getavailabilityzones/',
    ],
  },
  ts: check,
  py: check,
});

/**
 * route53-reserved-domain
 *
 * Fact: Route 53 refuses to create a hosted zone for `example.com` or any
 * subdomain of it: CreateHostedZone returns 400 `InvalidDomainName: <name>
 * is reserved by AWS`. FACTS.md §7 ([3P]: several independent reports; no
 * AWS page lists reserved names). The safe repair is a domain the user
 * configures; example.net/.org/.test are not known to work either, so no
 * "known good" domain is substituted: the default is a placeholder that
 * makes the need to configure obvious (CLI `--domain` sets another).
 * Private hosted zones (with `vpcs`) are left alone: the reports are about
 * public zones.
 */
import { defineRule } from '../lib/define-rule';
import { configObjectAt, isConfigObject } from '../lib/pulumi/config';
import { nodeType, type PulumiFile, type Resource, type Value } from '../lib/pulumi/model';
import { insertBeforeSlot, preferredQuote, slotReaches, statementEnd, statementSlot, unusedIdentifier, type StatementSlot } from '../lib/pulumi/placement';
import type { Language, RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { interpolateInto } from '../lib/text/strings';

const RESERVED_DOMAIN = 'example.com';
/** the reserved domain at the end of a name, alone or as the parent of a subdomain, with an optional root dot */
const RESERVED_TAIL = /(^|\.)example\.com\.?$/i;
export const PLACEHOLDER_DOMAIN = 'set-domain-name.invalid';
const CONFIG_KEY: Record<Language, string> = { ts: 'domainName', py: 'domain_name' };
/** Arguments of other resources that name hosts under the zone's domain, rewritten with it. */
const DOMAIN_ARGS: [string, string[]][] = [
  ['aws.route53.Record', ['name']],
  ['aws.acm.Certificate', ['domainName', 'subjectAlternativeNames']],
];
const MAX_HOPS = 3;

/** Where the reserved domain sits in a string: the range of `example.com` in the source. */
interface Spot {
  value: Value;
  start: number;
  end: number;
}

function spotIn(value: Value): Spot | undefined {
  if (value.kind !== 'string' && value.kind !== 'template') return undefined;
  const parts = value.parts();
  const last = parts[parts.length - 1];
  const match = last?.kind === 'literal' ? RESERVED_TAIL.exec(last.text) : null;
  if (!last || !match) return undefined;
  const start = last.start + match.index + match[1].length;
  return { value, start, end: start + RESERVED_DOMAIN.length };
}

/** The expression a zone name comes from: followed through local constants. */
function originOf(pulumi: PulumiFile, value: Value): Value {
  let current = value;
  for (let hop = 0; hop < MAX_HOPS && current.kind === 'name'; hop++) {
    const next = pulumi.variable(current.text, current)?.value;
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * `config.get("x") || "default"`, `... ?? "default"`, `config.get("x") or
 * "default"`: the key and the default literal.
 */
function configDefault(value: Value): { key: string; fallback: Value } | undefined {
  if (value.kind !== 'other') return undefined;
  const read = value.descendants('call')[0];
  const call = read?.start === value.start ? read.asCall() : undefined;
  const fallback = [...value.descendants('string'), ...value.descendants('template')].find((v) => v.end === value.end);
  const key = call?.args[0]?.string;
  if (!read || !fallback || call?.method !== 'get' || key === undefined || !isConfigObject(call.receiver)) return undefined;
  const operator = value.text.slice(read.end - value.start, fallback.start - value.start).trim();
  return ['||', '??', 'or'].includes(operator) ? { key, fallback } : undefined;
}

/** How the configured domain is written at a given place: a variable, or the config read itself. */
interface DomainSource {
  /** the expression that reads the configured domain at `at`, with `quote` around its strings */
  inline(quote: string, at: Value): string;
  /** a variable holding it, readable from the statement of its slot to the end of the slot's block */
  variable?: { name: string; slot: StatementSlot };
}

function quoteOther(quote: string): string {
  return quote === '"' ? "'" : '"';
}

/**
 * `config.get("domainName") ?? "<fallback>"` (`... or ...`) as written at a
 * place, with the file's config object when one is visible there; undefined
 * when the file does not import pulumi.
 */
function configRead(ctx: RuleContext, fallbackDomain: string): DomainSource['inline'] | undefined {
  const { pulumi, language } = ctx;
  const configClass = pulumi.spell('pulumi.Config');
  if (!configClass) return undefined;
  const or = language === 'ts' ? '??' : 'or';
  return (quote, at) => {
    const config = configObjectAt(pulumi, at) ?? (language === 'ts' ? `new ${configClass}()` : `${configClass}()`);
    return `${config}.get(${quote}${CONFIG_KEY[language]}${quote}) ${or} ${quote}${fallbackDomain}${quote}`;
  };
}

/**
 * The domain variable for names from `origin` on: an existing one (a later
 * pass, another zone), else a new one declared before `origin`'s statement.
 */
function domainVariable(ctx: RuleContext, origin: Value, inline: DomainSource['inline']): { variable?: DomainSource['variable']; declaration?: Edit } {
  const { pulumi, language, source } = ctx;
  const key = CONFIG_KEY[language];
  const slot = statementSlot(origin);
  if (!slot) return {};
  if (readsDomainConfig(pulumi.variable(key, origin)?.value, key)) return { variable: { name: key, slot } };
  const name = unusedIdentifier(pulumi, source, key);
  const value = inline(preferredQuote(pulumi), origin);
  const text = language === 'ts' ? `const ${name} = ${value}${statementEnd(source, slot.statement)}` : `${name} = ${value}`;
  return { variable: { name, slot }, declaration: insertBeforeSlot(source, slot, text) };
}

function readsDomainConfig(value: Value | undefined, key: string): boolean {
  return !!value?.descendants('call').some((c) => c.asCall()?.method === 'get' && c.asCall()?.args[0]?.string === key);
}

/** The edit that puts the configured domain in place of `example.com` in a string; undefined for forms it cannot rewrite (a concatenation, `.format`). */
function rewrite(spot: Spot, domain: DomainSource, language: Language, pulumi: PulumiFile): Edit | undefined {
  const { value } = spot;
  const variable = domain.variable && slotReaches(domain.variable.slot, value) ? domain.variable.name : undefined;
  const reference = (quote: string) => variable ?? domain.inline(quote, value);
  const type = nodeType(value);
  if (value.kind === 'string') {
    const quote = /^[A-Za-z]*("""|'''|["'`])/.exec(value.text);
    if (!quote) return undefined;
    const contentStart = value.start + quote[0].length;
    if (spot.start === contentStart && spot.end === value.end - quote[1].length) return value.replace(reference(preferredQuote(pulumi)));
    // inside a Python f-string, a string needs the other quote (before Python 3.12)
    const inner = language === 'py' ? quoteOther(quote[1][0]) : preferredQuote(pulumi);
    const text = interpolateInto(value.text, language, spot.start - contentStart, spot.end - contentStart, reference(inner));
    return text === undefined ? undefined : value.replace(text);
  }
  if (language === 'ts' && type === 'TemplateLiteral') return { start: spot.start, end: spot.end, text: `\${${reference(preferredQuote(pulumi))}}` };
  const fString = language === 'py' && type === 'string' ? /^[A-Za-z]*("""|'''|["'])/.exec(value.text) : null;
  if (fString) return { start: spot.start, end: spot.end, text: `{${reference(quoteOther(fString[1][0]))}}` };
  return undefined;
}

/** The strings of records and certificates that name hosts under the reserved domain. */
function hostNames(pulumi: PulumiFile): Spot[] {
  const spots: Spot[] = [];
  for (const [type, args] of DOMAIN_ARGS) {
    for (const resource of pulumi.resources(type)) {
      for (const arg of args) {
        const value = resource.arg(arg)?.value;
        const values = value?.kind === 'array' ? value.elements() : value ? [value] : [];
        for (const v of values) {
          const spot = spotIn(v);
          if (spot) spots.push(spot);
        }
      }
    }
  }
  return spots;
}

/** Other strings of the file written exactly like a rewritten name (an exported host name, a tag): the same host. */
function sameNames(pulumi: PulumiFile, rewritten: Spot[]): Spot[] {
  const texts = new Set(rewritten.map((s) => s.value.text));
  const done = new Set(rewritten.map((s) => s.value.start));
  return [...pulumi.expressions('string'), ...pulumi.expressions('template')].filter((v) => texts.has(v.text) && !done.has(v.start)).flatMap((v) => spotIn(v) ?? []);
}

/** The `--domain` default when it is a plain domain name that is not reserved itself, else the placeholder. */
function fallbackDomain(ctx: RuleContext): string {
  const configured = ctx.options.domain;
  return configured && /^[A-Za-z0-9.-]+$/.test(configured) && !RESERVED_TAIL.test(configured) ? configured : PLACEHOLDER_DOMAIN;
}

function checkZone(ctx: RuleContext, zone: Resource): void {
  const { pulumi, report, language } = ctx;
  const name = zone.arg('name');
  if (!name || zone.arg('vpcs')) return;
  const origin = originOf(pulumi, name.value);
  const fallback = fallbackDomain(ctx);
  const byDefault = configDefault(origin);
  if (byDefault) {
    const spot = spotIn(byDefault.fallback);
    if (spot) report(name, 'reservedDefault', { data: { key: byDefault.key, fallback }, fix: () => ({ start: spot.start, end: spot.end, text: fallback }) });
    return;
  }
  const spot = spotIn(origin);
  if (!spot) return;
  const data = { key: CONFIG_KEY[language], fallback };
  const inline = configRead(ctx, fallback);
  if (!inline || !rewrite(spot, { inline }, language, pulumi)) {
    report(name, 'reservedZoneManual', { data });
    return;
  }
  report(name, 'reservedZone', {
    data,
    fix: () => {
      const { variable, declaration } = domainVariable(ctx, origin, inline);
      const domain = { inline, variable };
      const hosts = hostNames(pulumi);
      const names = [spot, ...hosts, ...sameNames(pulumi, [spot, ...hosts])];
      return [...(declaration ? [declaration] : []), ...names.flatMap((s) => rewrite(s, domain, language, pulumi) ?? [])];
    },
  });
}

function check(ctx: RuleContext): void {
  for (const zone of ctx.pulumi.resources('aws.route53.Zone')) checkZone(ctx, zone);
}

export default defineRule({
  meta: {
    id: 'route53-reserved-domain',
    title: 'Route 53 hosted zone under example.com, a domain reserved by AWS',
    description: 'Reads the domain of a hosted zone under example.com (and of its records and certificates) from stack config, with a placeholder default',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      reservedZone:
        'Route 53 rejects hosted zones for example.com and its subdomains ("InvalidDomainName: ... is reserved by AWS"): the domain now comes from the `{{key}}` stack config, with the placeholder default "{{fallback}}" (records and certificates under it follow). Set it to a domain you own: `pulumi config set {{key}} <your-domain>`',
      reservedZoneManual:
        'Route 53 rejects hosted zones for example.com and its subdomains ("InvalidDomainName: ... is reserved by AWS"): read the domain from stack config (for example `{{key}}`) and set it to a domain you own: `pulumi config set {{key}} <your-domain>`',
      reservedDefault:
        'Route 53 rejects hosted zones for example.com and its subdomains ("InvalidDomainName: ... is reserved by AWS"): the default of `{{key}}` now ends in the placeholder "{{fallback}}". Set it to a domain you own: `pulumi config set {{key}} <your-domain>`',
    },
    fact: 'Route 53 CreateHostedZone rejects example.com and its subdomains with 400 InvalidDomainName "<name> is reserved by AWS"; no other name is known to work in its place, so the domain must come from the user.',
    sources: [
      'FACTS.md §7 (several independent user reports of InvalidDomainName "... is reserved by AWS"; aws-samples/sample-agentic-value-accelerator PR #126: "example.com is IANA-reserved (RFC 2606); Route 53 rejects it with InvalidDomainName")',
      'https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHostedZone.html (InvalidDomainName)',
      'seed 004 §1 (a zone named tradingdb-${environmentSuffix}.example.com blocked the deployment)',
    ],
  },
  ts: check,
  py: check,
});

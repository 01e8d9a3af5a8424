/**
 * route53-set-identifier
 *
 * Fact: the `setIdentifier` of a Route 53 record with a routing policy
 * (failover, weighted, latency, geolocation, multivalue) tells apart the
 * records that share a name and type in one hosted zone, and must be unique
 * among them. A constant identifier ("primary") is the same in every
 * deployment of the program, so two stacks that write the same record set
 * collide, and records of different environments cannot be told apart. The
 * programs models write name everything else after the environment suffix;
 * seed 004 §7 gives the repair the project adopted: append it to the
 * identifier too. Sources: Route 53 API Reference, ResourceRecordSet
 * (SetIdentifier: "An identifier that differentiates among multiple resource
 * record sets that have the same combination of name and type");
 * @pulumi/aws route53/record.d.ts (setIdentifier).
 */
import { defineRule } from '../lib/define-rule';
import { environmentSuffixAt } from '../lib/pulumi/environment-suffix';
import type { RuleContext } from '../lib/rule';
import { interpolateInto } from '../lib/text/strings';

function check({ pulumi, report, language, source }: RuleContext): void {
  for (const record of pulumi.resources('aws.route53.Record')) {
    const identifier = record.arg('setIdentifier');
    const value = identifier?.value;
    if (!identifier || value?.kind !== 'string' || value.string === undefined) continue;
    const key = pulumi.propName('setIdentifier');
    const suffix = environmentSuffixAt(pulumi, source, record, record);
    if (!suffix) {
      report(identifier, 'noSuffix', { data: { key, value: value.string } });
      continue;
    }
    report(identifier, 'appendSuffix', {
      data: { key, value: value.string, suffix },
      fix: () => {
        const text = appendInterpolation(value.text, language, suffix);
        return text === undefined ? null : value.replace(text);
      },
    });
  }
}

/** `"primary"` → `` `primary-${suffix}` `` / `f"primary-{suffix}"`. */
function appendInterpolation(literal: string, language: 'ts' | 'py', suffix: string): string | undefined {
  const open = /^[A-Za-z]*("""|'''|["'`])/.exec(literal);
  if (!open) return undefined;
  const dashed = `${literal.slice(0, literal.length - open[1].length)}-${open[1]}`;
  const end = dashed.length - open[0].length - open[1].length;
  return interpolateInto(dashed, language, end, end, suffix);
}

export default defineRule({
  meta: {
    id: 'route53-set-identifier',
    title: 'Route 53 record set identifier that is the same in every deployment',
    description: 'Appends the environment suffix to a constant setIdentifier of a Route 53 record',
    languages: ['ts', 'py'],
    severity: 'suggestion',
    fixSafety: 'safe',
    messages: {
      appendSuffix:
        '`{{key}}: "{{value}}"` is the same in every deployment, so two stacks that write this record set collide and their records cannot be told apart: the environment suffix ({{suffix}}) is appended, as in the resource names',
      noSuffix:
        '`{{key}}: "{{value}}"` is the same in every deployment, so two stacks that write this record set collide: append the environment suffix (or another per-stack value such as pulumi.getStack()) to it',
    },
    fact: 'The setIdentifier of a Route 53 record with a routing policy must be unique among the records that share its name and type in the hosted zone; a constant identifier is the same in every deployment of the program.',
    sources: [
      'https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html (SetIdentifier)',
      '@pulumi/aws route53/record.d.ts (setIdentifier: "Unique identifier to differentiate records with routing policies from one another")',
      'seed 004 §7 (constant "Primary"/"Secondary" identifiers; the repair appends the environment suffix)',
    ],
  },
  ts: check,
  py: check,
});

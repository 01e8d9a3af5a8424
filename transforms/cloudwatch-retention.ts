/**
 * cloudwatch-retention
 *
 * Fact: a CloudWatch Logs retention period is one of 1, 3, 5, 7, 14, 30, 60,
 * 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
 * 3653 days, or 0 (never expire); PutRetentionPolicy rejects any other value,
 * so `aws.cloudwatch.LogGroup` fails to create. FACTS.md §12. Sources:
 * @pulumi/aws 7.x cloudwatch/logGroup.d.ts (`retentionInDays`: "Possible
 * values are: ..."); CloudWatch Logs API reference, PutRetentionPolicy.
 *
 * The fix writes the nearest allowed value; halfway between two, the larger
 * one (keeping logs longer never loses data that was meant to be kept). Of the
 * provider's resources, only LogGroup documents this set for its
 * `retentionInDays`.
 */
import { defineRule } from '../lib/define-rule';
import { nodeType, type Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';

/** The allowed periods in days, 0 (never expire) aside. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** The allowed period nearest to `days`, the larger one on a tie; undefined when `days` is allowed or not a positive number. */
function nearestRetention(days: number): number | undefined {
  if (days === 0 || RETENTION_DAYS.includes(days) || !(days > 0)) return undefined;
  return RETENTION_DAYS.reduce((best, candidate) => (Math.abs(candidate - days) <= Math.abs(best - days) ? candidate : best));
}

const CONDITIONALS = new Set(['ConditionalExpression', 'conditional_expression']);
const PARENTHESES = new Set(['ParenthesizedExpression', 'parenthesized_expression']);

/** Whether `inner` is the test of a conditional expression rather than one of its branches. */
function isTest(conditional: Value, inner: Value): boolean {
  const node = conditional.node as { test?: { start: number; end: number }; namedChildren?: { startIndex: number; endIndex: number }[] };
  const test = node.test ? { start: node.test.start, end: node.test.end } : node.namedChildren && { start: node.namedChildren[1].startIndex, end: node.namedChildren[1].endIndex };
  return !!test && test.start <= inner.start && inner.end <= test.end;
}

/**
 * The number literals `value` may evaluate to: itself, or the branches of a
 * conditional (`env === "prod" ? 2555 : 7`), not the numbers of its test.
 */
function possibleNumbers(value: Value): Value[] {
  if (value.kind === 'number') return [value];
  return value.descendants('number').filter((n) => {
    for (let p = n.parent(); p && p.start >= value.start && p.end <= value.end; p = p.parent()) {
      const type = nodeType(p);
      if (CONDITIONALS.has(type) ? isTest(p, n) : !PARENTHESES.has(type)) return false;
    }
    return true;
  });
}

/** A local bound to an invalid literal: reported, not edited (the name may serve other settings, such as an S3 lifecycle). */
function boundLiteral(ctx: RuleContext, value: Value): Value | undefined {
  if (value.kind !== 'name') return undefined;
  const bound = ctx.pulumi.variable(value.text, value)?.value;
  return bound?.kind === 'number' ? bound : undefined;
}

function check(ctx: RuleContext): void {
  const key = ctx.pulumi.propName('retentionInDays');
  for (const group of ctx.pulumi.resources('aws.cloudwatch.LogGroup')) {
    const arg = group.arg('retentionInDays');
    if (!arg) continue;
    for (const literal of possibleNumbers(arg.value)) {
      const allowed = nearestRetention(literal.literal as number);
      if (allowed === undefined) continue;
      ctx.report(literal, 'nearestAllowed', { data: { key, days: literal.text, allowed }, fix: () => literal.replace(String(allowed)) });
    }
    const bound = boundLiteral(ctx, arg.value);
    const allowed = bound && nearestRetention(bound.literal as number);
    if (bound && allowed !== undefined) ctx.report(arg, 'invalidVariable', { data: { key, name: arg.value.text, days: bound.text, allowed } });
  }
}

export default defineRule({
  meta: {
    id: 'cloudwatch-retention',
    title: 'CloudWatch log retention that AWS does not offer',
    description: 'Replaces a LogGroup retentionInDays outside the allowed set with the nearest allowed value (the larger one on a tie)',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      nearestAllowed:
        'CloudWatch Logs rejects `{{key}}` {{days}}: the retention must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 or 0 (never expire); use the nearest, {{allowed}}',
      invalidVariable:
        'CloudWatch Logs rejects `{{key}}` {{days}} (the value of `{{name}}`): the retention must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 or 0 (never expire); use the nearest, {{allowed}}, for this log group',
    },
    fact: 'A CloudWatch Logs retention period must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 days, or 0 (never expire); any other value is rejected.',
    sources: [
      '@pulumi/aws 7.x cloudwatch/logGroup.d.ts (retentionInDays: "Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, and 0")',
      'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html',
      '../shared/FACTS.md §12',
    ],
  },
  ts: check,
  py: check,
});

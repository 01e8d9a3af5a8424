/**
 * dashboard-metric-dimensions
 *
 * Fact: in a CloudWatch dashboard body, each entry of a metric widget's
 * `metrics` array is `[Namespace, MetricName, DimensionName1,
 * DimensionValue1, ..., { rendering properties }]`: dimensions are flat
 * name/value strings, and the one object allowed, last, holds only rendering
 * properties (`accountId`, `color`, `id`, `label`, `period`, `region`,
 * `stat`, `visible`, `yAxis`). An object of dimensions (`{ FunctionName: x }`,
 * or a `dimensions:` key in the rendering object) is not that format, and
 * PutDashboard rejects a body that does not validate against it.
 * Source: Amazon CloudWatch API Reference, "Dashboard Body Structure and
 * Syntax", metric widget `metrics` array format.
 */
import { defineRule } from '../lib/define-rule';
import type { Prop, PulumiFile, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';

const RENDERING = new Set(['accountId', 'color', 'id', 'label', 'period', 'region', 'stat', 'visible', 'yAxis']);

interface Dimension {
  name: string;
  value: Value;
}

/** The entries of a metric's trailing object, sorted out; `unknown` holds keys that are neither dimensions nor rendering options. */
interface Sorted {
  dimensions: Dimension[];
  rendering: Prop[];
  unknown: string[];
}

/** The dashboard bodies of the file: the `dashboardBody` value, or what the variable it names is bound to. */
function dashboardBodies(pulumi: PulumiFile): Value[] {
  return pulumi.resources('aws.cloudwatch.Dashboard').flatMap((dashboard) => {
    const body = dashboard.arg('dashboardBody')?.value;
    if (!body) return [];
    return [body.kind === 'name' ? (pulumi.variable(body.text, body)?.value ?? body) : body];
  });
}

/**
 * The metric arrays under a body: the array entries of every `metrics`
 * list, and arrays that start with an `AWS/...` namespace wherever they are
 * built (`names.map((n) => ["AWS/Lambda", "Errors", { FunctionName: n }])`).
 */
function metricArrays(body: Value): Value[] {
  const listed = body.descendants('object').flatMap((o) => {
    const metrics = o.prop('metrics')?.value;
    return metrics?.kind === 'array' ? metrics.elements().filter((e) => e.kind === 'array') : [];
  });
  const namespaced = body.descendants('array').filter((a) => a.elements()[0]?.string?.startsWith('AWS/'));
  const byStart = new Map([...listed, ...namespaced].map((a) => [a.start, a]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function sortEntries(options: Value): Sorted {
  const sorted: Sorted = { dimensions: [], rendering: [], unknown: [] };
  for (const prop of options.props()) {
    const nested = prop.key === 'dimensions' && prop.value.kind === 'object' && !prop.value.hasSpread() ? prop.value : undefined;
    if (nested) sorted.dimensions.push(...nested.props().map((p) => ({ name: p.key, value: p.value })));
    else if (RENDERING.has(prop.key)) sorted.rendering.push(prop);
    else if (/^[A-Z]/.test(prop.key)) sorted.dimensions.push({ name: prop.key, value: prop.value });
    else sorted.unknown.push(prop.key);
  }
  return sorted;
}

/** `"FunctionName", fn.name` (and the rendering object that is left), quoted like the namespace. */
function flattened(source: string, options: Value, sorted: Sorted, quote: string): string {
  const pairs = sorted.dimensions.map((d) => `${quote}${d.name}${quote}, ${d.value.text}`);
  if (sorted.rendering.length === 0) return pairs.join(', ');
  const pad = /^\{\s/.test(options.text) ? ' ' : '';
  const rendering = `{${pad}${sorted.rendering.map((p) => source.slice(p.start, p.end)).join(', ')}${pad}}`;
  return [...pairs, rendering].join(', ');
}

function check({ pulumi, source, report }: RuleContext): void {
  for (const body of dashboardBodies(pulumi)) {
    for (const metric of metricArrays(body)) {
      const elements = metric.elements();
      const options = elements[elements.length - 1];
      const [namespace, name] = elements;
      // `[{ expression: ... }]` and `["...", { ... }]` carry no dimensions of their own
      if (elements.length < 3 || options.kind !== 'object' || options.hasSpread() || namespace.kind === 'object' || namespace.string === '...') continue;
      const sorted = sortEntries(options);
      if (sorted.dimensions.length === 0) continue;
      const data = { metric: name.string ?? name.text, names: sorted.dimensions.map((d) => d.name).join(', '), first: sorted.dimensions[0].name, unknown: sorted.unknown.join(', ') };
      if (sorted.unknown.length > 0) {
        report(options, 'dimensionsWithUnknownKeys', { data });
        continue;
      }
      const quote = /^[A-Za-z]*(["'`])/.exec(namespace.text)?.[1] ?? '"';
      report(options, 'flattenDimensions', { data, fix: () => options.replace(flattened(source, options, sorted, quote)) });
    }
  }
}

export default defineRule({
  meta: {
    id: 'dashboard-metric-dimensions',
    title: 'CloudWatch dashboard metric with its dimensions in an object',
    description: 'Flattens a dimensions object in a dashboard metric array into name/value pairs, keeping the rendering options as the last entry',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      flattenDimensions:
        'The dimensions of `{{metric}}` ({{names}}) are in an object, which CloudWatch reads as rendering options and rejects; write each one as a name and a value in the metric array (`"{{first}}", <value>`), and keep only rendering options (stat, period, label...) in the object',
      dimensionsWithUnknownKeys:
        'The dimensions of `{{metric}}` ({{names}}) are in an object, which CloudWatch reads as rendering options and rejects, next to keys that are neither ({{unknown}}); write the dimensions as name/value entries of the metric array and keep only rendering options (stat, period, label...) in the object',
    },
    fact: 'A dashboard metric array is [Namespace, MetricName, DimensionName, DimensionValue, ..., {rendering properties}]; dimensions are name/value strings and the trailing object takes only rendering properties (accountId, color, id, label, period, region, stat, visible, yAxis).',
    sources: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html#CloudWatch-Dashboard-Properties-Metrics-Array-Format'],
  },
  ts: check,
  py: check,
});

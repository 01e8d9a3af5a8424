/**
 * rds-engine-version
 *
 * Fact: RDS rejects an engine version it no longer offers, or never offered,
 * with `InvalidParameterCombination: Cannot find version X for <engine>`
 * (FACTS.md §6.1). The versions it offers come from the table generated out
 * of aws-cdk-lib's `aws-rds` engine-version classes
 * (scripts/generate-rds-versions.ts; its package version and date are in
 * lib/aws/generated/rds-engine-versions.json). A major-only version ('14',
 * '8.0') is accepted by `aws.rds.Instance` (FACTS.md §6.2), which
 * `--rds-version=major` writes where the table offers it.
 *
 * A version the table offers, a partial version ('8.0' on Aurora MySQL) and
 * a version newer than the newest one the table knows (CDK lags AWS) are
 * never touched.
 */
import { RDS_VERSIONS, majorOf, replacementFor, statusOf } from '../lib/aws/rds-versions';
import { defineRule } from '../lib/define-rule';
import type { PulumiFile, Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { requote } from '../lib/text/strings';

const RESOURCES = ['aws.rds.Instance', 'aws.rds.Cluster', 'aws.rds.ClusterInstance', 'aws.rds.GlobalCluster'];

/** `aws.rds.EngineType.AuroraPostgresql` / `EngineType.AURORA_POSTGRESQL`, by their squashed member name */
const ENGINE_TYPE_MEMBERS: Record<string, string> = {
  aurorapostgresql: 'aurora-postgresql',
  auroramysql: 'aurora-mysql',
};

function engineOf(resource: Resource, pulumi: PulumiFile, seen = new Set<Resource>()): string | undefined {
  const value = resource.arg('engine')?.value;
  if (!value) return undefined;
  if (value.string !== undefined) return value.string;
  const member = value.qualifiedName();
  if (member?.startsWith('aws.rds.EngineType.')) return ENGINE_TYPE_MEMBERS[member.split('.').pop()!.toLowerCase().replace(/_/g, '')];
  // `engine: cluster.engine` on a ClusterInstance
  const source = pulumi.resourceOf(value);
  if (source && !seen.has(source)) return engineOf(source, pulumi, seen.add(resource));
  return undefined;
}

function check({ pulumi, report, options }: RuleContext): void {
  for (const resource of pulumi.resources(...RESOURCES)) {
    const version = resource.arg('engineVersion')?.value;
    const engine = engineOf(resource, pulumi);
    if (!version || version.string === undefined || !engine) continue;
    checkVersion(engine, version, version.string, options.rdsVersion === 'major', report);
  }
}

function checkVersion(engine: string, value: Value, version: string, majorOnly: boolean, report: RuleContext['report']): void {
  const status = statusOf(engine, version);
  if (status !== 'retired' && status !== 'unknown') return;
  const replacement = replacementFor(engine, version, majorOnly);
  const data = { engine, version, replacement: replacement ?? '', major: majorOf(engine, version), table: `${RDS_VERSIONS.source.split(' ')[0]} of ${RDS_VERSIONS.published}` };
  const kind = status === 'retired' ? 'retired' : 'unknown';
  if (!replacement) return report(value, `${kind}Major`, { data });
  report(value, kind, { data, fix: () => value.replace(requote(value.text, replacement)) });
}

export default defineRule({
  meta: {
    id: 'rds-engine-version',
    title: 'RDS engine version that AWS does not offer',
    description: 'Replaces a retired or non-existent RDS/Aurora engine version with the newest offered one of the same major',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      retired: '{{engine}} {{version}} is no longer offered by Amazon RDS ("Cannot find version"); {{replacement}} is the newest {{major}} version ({{table}})',
      unknown: '{{engine}} {{version}} is not a version Amazon RDS offers ("Cannot find version"); {{replacement}} is the newest {{major}} version ({{table}})',
      retiredMajor: '{{engine}} {{version}} is no longer offered by Amazon RDS, and no {{major}} version is ({{table}}): choose a supported major version',
      unknownMajor: '{{engine}} {{version}} is not a version Amazon RDS offers, and no {{major}} version is ({{table}}): choose a supported major version',
    },
    fact: 'Amazon RDS creates instances and clusters only with the engine versions it currently offers, and answers "InvalidParameterCombination: Cannot find version X for <engine>" otherwise; the offered versions are read from aws-cdk-lib\'s engine-version classes, where retired ones are tagged "@deprecated ... is no longer supported by Amazon RDS".',
    sources: [
      'aws-cdk-lib aws-rds/lib/instance-engine.d.ts and cluster-engine.d.ts (version and date in lib/aws/generated/rds-engine-versions.json)',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html (EngineVersion)',
      '@pulumi/aws 7.x rds/instance.d.ts engineVersion ("you can provide a prefix of the version such as 8.0")',
    ],
  },
  ts: check,
  py: check,
});

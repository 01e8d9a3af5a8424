/**
 * rds-cross-region-kms
 *
 * Fact: an encrypted Aurora cluster that replicates from a cluster in another
 * Region (a secondary cluster of a global database, or a cross-region read
 * replica with `replicationSourceIdentifier`) must name a KMS key of its own
 * Region: KMS keys are regional, so the source's key cannot encrypt it, and
 * CreateDBCluster fails with "InvalidParameterCombination: For encrypted
 * cross-region replica, kmsKeyId should be explicitly specified" (seed 004 §8,
 * the error met when the seed's program was deployed). RDS API Reference,
 * CreateDBCluster, KmsKeyId: for a read replica of an encrypted cluster in
 * another Region, set KmsKeyId to a key valid in the destination Region.
 * @pulumi/aws rds/cluster.d.ts: "When specifying kmsKeyId, storageEncrypted
 * needs to be set to true". Secondary clusters of a global database are in
 * other Regions than the primary by construction.
 *
 * The fix creates a key and is a change of behaviour (a new billed resource,
 * a key policy to review), hence unsafe.
 */
import { defineRule } from '../lib/define-rule';
import { nodeType, type PulumiFile, type Resource, type Value } from '../lib/pulumi/model';
import { insertBeforeSlot, preferredQuote, statementEnd, statementSlot, unusedIdentifier, writeResource } from '../lib/pulumi/placement';
import type { Language, RuleContext } from '../lib/rule';
import { insertAt, type Edit } from '../lib/text/edits';
import { eolOf, indentOf, isFirstOnLine, lineStartOf } from '../lib/text/layout';

const CLUSTER = 'aws.rds.Cluster';
const SOURCE_TYPES = [CLUSTER, 'aws.rds.Instance'];
const KEY_DESCRIPTION = 'Encrypts the cross-region Aurora replica in its own region';

/** How a cluster replicates from another Region, and the resources it copies (their encryption decides its own). */
interface CrossRegion {
  how: string;
  sources: Resource[];
}

/** The Region a resource is managed in, as written: its provider option or (v7) its `region` argument; '' for the default provider, undefined when unreadable. */
function regionOf(resource: Resource): string | undefined {
  const sets = resource.setsOption('provider');
  if (sets === undefined) return undefined;
  if (sets) return resource.option('provider')?.value.text;
  return resource.arg('region')?.value.text ?? '';
}

function argResource(pulumi: PulumiFile, resource: Resource, name: string): Resource | undefined {
  const value = resource.arg(name)?.value;
  return value && pulumi.resourceOf(value);
}

/**
 * A secondary of a global database (no master user: it copies the primary's
 * data), or a read replica whose source is in another Region (`sourceRegion`,
 * or a provider that differs from its source's).
 */
function crossRegion(pulumi: PulumiFile, cluster: Resource): CrossRegion | undefined {
  const replicated = cluster.arg('replicationSourceIdentifier');
  if (replicated) {
    const source = pulumi.resourceOf(replicated.value);
    const sourceRegion = source && regionOf(source);
    const region = regionOf(cluster);
    const elsewhere = !!cluster.arg('sourceRegion') || (sourceRegion !== undefined && region !== undefined && sourceRegion !== region);
    return elsewhere ? { how: 'a cross-region read replica', sources: source && SOURCE_TYPES.includes(source.type) ? [source] : [] } : undefined;
  }
  const global = cluster.arg('globalClusterIdentifier');
  if (!global || cluster.arg('masterUsername')) return undefined;
  const members = pulumi.resources(CLUSTER).filter((c) => c !== cluster && c.arg('globalClusterIdentifier')?.value.text === global.value.text);
  const primaries = members.filter((c) => c.arg('masterUsername'));
  const region = regionOf(cluster);
  if (primaries.some((p) => regionOf(p) === region && region !== undefined)) return undefined;
  const globalCluster = pulumi.resourceOf(global.value);
  const seeded = globalCluster && argResource(pulumi, globalCluster, 'sourceDbClusterIdentifier');
  return { how: 'a secondary cluster of a global database', sources: [...primaries, ...(globalCluster ? [globalCluster] : []), ...(seeded ? [seeded] : [])] };
}

function encryption(resource: Resource): boolean | undefined {
  const value = resource.arg('storageEncrypted')?.value.literal;
  return typeof value === 'boolean' ? value : undefined;
}

/** Encrypted in so many words, or copying an encrypted source (and not switched off itself). */
function isEncrypted(cluster: Resource, replica: CrossRegion): boolean {
  const own = encryption(cluster);
  return own ?? replica.sources.some((s) => encryption(s) === true);
}

function check(ctx: RuleContext): void {
  const { pulumi, report } = ctx;
  for (const cluster of pulumi.resources(CLUSTER)) {
    if (cluster.arg('kmsKeyId')) continue;
    const replica = crossRegion(pulumi, cluster);
    if (!replica || !isEncrypted(cluster, replica)) continue;
    const data = { how: replica.how, kmsKeyId: pulumi.propName('kmsKeyId') };
    if (canAddKey(pulumi, cluster)) report(cluster, 'missingKmsKey', { data, fix: () => addRegionalKey(ctx, cluster) });
    else report(cluster, 'missingKmsKeyManual', { data });
  }
}

/** The key's variable name, from the cluster's: `secondaryCluster` → `secondaryClusterKmsKey`. */
function keyVariable(pulumi: PulumiFile, source: string, cluster: Resource, language: Language): string {
  const tail = cluster.binding?.split('.').pop();
  const base = language === 'ts' ? `${tail ?? 'replica'}KmsKey` : `${tail ?? 'replica'}_kms_key`;
  return unusedIdentifier(pulumi, source, base);
}

/** The key's logical name: the cluster's with `-kms` at the end. */
function keyName(name: Value, language: Language, quote: string): string {
  if ((name.kind === 'string' || name.kind === 'template') && /["'`]$/.test(name.text) && name.parts().length > 0) return `${name.text.slice(0, -1)}-kms${name.text.slice(-1)}`;
  return language === 'ts' ? `\`\${${name.text}}-kms\`` : `${name.text} + ${quote}-kms${quote}`;
}

/** The options that place the key where the cluster is: its provider (its Region) and parent; undefined when they cannot be read. */
function keyOptions(cluster: Resource): [string, string][] | undefined {
  const setsProvider = cluster.setsOption('provider');
  if (setsProvider === undefined || (setsProvider && !cluster.option('provider'))) return undefined;
  return ['parent', 'provider'].flatMap((name): [string, string][] => {
    const option = cluster.option(name);
    return option ? [[name, option.value.text]] : [];
  });
}

/** Whether a key can be declared before the cluster, in its Region, and its ARN passed: the file names aws.kms.Key, the options and arguments are written out. */
function canAddKey(pulumi: PulumiFile, cluster: Resource): boolean {
  const written = !!cluster.name && !!statementSlot(cluster.name) && cluster.args?.kind === 'object' && !!keyOptions(cluster);
  return written && !!pulumi.spell('aws.kms.Key') && (pulumi.language === 'ts' || !!pulumi.spell('pulumi.ResourceOptions'));
}

function addRegionalKey(ctx: RuleContext, cluster: Resource): Edit[] | null {
  const { pulumi, source, language } = ctx;
  const className = pulumi.spell('aws.kms.Key');
  const slot = cluster.name && statementSlot(cluster.name);
  const options = keyOptions(cluster);
  const args = cluster.args;
  if (!className || !slot || !options || !cluster.name || !args) return null;
  const quote = preferredQuote(pulumi);
  const variable = keyVariable(pulumi, source, cluster, language);
  const region = cluster.arg('region');
  const key = writeResource(
    pulumi,
    source,
    {
      variable,
      className,
      logicalName: keyName(cluster.name, language, quote),
      args: [['description', `${quote}${KEY_DESCRIPTION}${quote}`], ['enableKeyRotation', language === 'ts' ? 'true' : 'True'], ...(region ? [['region', region.value.text] as [string, string]] : [])],
      options,
    },
    statementEnd(source, slot.statement),
  );
  return key === undefined ? null : [insertBeforeSlot(source, slot, key), ...clusterProps(ctx, cluster, args, `${variable}.arn`)];
}

/**
 * `kmsKeyId: <key>.arn`, with `storageEncrypted: true` when the cluster does
 * not say it. Both go in one list item: two appends at one offset would
 * overlap, and the pipeline would drop the fix.
 */
function clusterProps(ctx: RuleContext, cluster: Resource, args: Value, arn: string): Edit[] {
  const { pulumi, language } = ctx;
  const entries = [...(cluster.arg('storageEncrypted') ? [] : [['storageEncrypted', language === 'ts' ? 'true' : 'True']]), ['kmsKeyId', arn]];
  const ownKeywords = nodeType(args) === 'argument_list';
  const beforeOptions = ownKeywords && pythonKeywordsBeforeOptions(ctx.source, cluster, entries.map(([key, value]) => `${pulumi.propName(key)}=${value}`));
  if (beforeOptions) return [beforeOptions];
  const [first, ...rest] = entries;
  const separator = args.text.includes('\n') ? ',\n' : ', ';
  const tail = rest.map(([key, value]) => (language === 'ts' ? `${key}: ${value}` : `${pulumi.propName(key)}=${value}`));
  return args.addProp(first[0], [first[1], ...tail].join(separator));
}

/** Keyword arguments of the resource call on their own lines just above its `opts=` line, where Python programs keep them. */
function pythonKeywordsBeforeOptions(source: string, cluster: Resource, keywords: string[]): Edit | undefined {
  const options = cluster.options?.parent();
  if (!options || nodeType(options) !== 'keyword_argument' || !isFirstOnLine(source, options.start)) return undefined;
  const indent = indentOf(source, options.start);
  return insertAt(lineStartOf(source, options.start), keywords.map((k) => `${indent}${k},${eolOf(source)}`).join(''));
}

export default defineRule({
  meta: {
    id: 'rds-cross-region-kms',
    title: 'Encrypted cross-region Aurora replica without a KMS key of its Region',
    description: 'Reports an encrypted cross-region Aurora replica without kmsKeyId; with --unsafe, adds a KMS key in the replica\'s Region and passes its ARN',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'unsafe',
    messages: {
      missingKmsKeyManual:
        'This Aurora cluster is {{how}}, encrypted, without {{kmsKeyId}}: KMS keys are regional, so RDS refuses to create it ("For encrypted cross-region replica, kmsKeyId should be explicitly specified"). Create an aws.kms.Key with the cluster\'s provider (its Region) and pass its ARN as {{kmsKeyId}}',
      missingKmsKey:
        'This Aurora cluster is {{how}}, encrypted, without {{kmsKeyId}}: KMS keys are regional, so RDS refuses to create it ("For encrypted cross-region replica, kmsKeyId should be explicitly specified"). Create an aws.kms.Key with the cluster\'s provider (its Region) and pass its ARN as {{kmsKeyId}} (`iacfix fix --unsafe` adds one)',
    },
    fact: 'An encrypted Aurora cluster that replicates from another Region (a global database secondary, or a cross-region read replica) must name a KMS key of its own Region in kmsKeyId; CreateDBCluster fails otherwise. kmsKeyId needs storageEncrypted true.',
    sources: [
      'seed 004 §8 (deployment error "InvalidParameterCombination: For encrypted cross-region replica, kmsKeyId should be explicitly specified"; the repair: a key per Region)',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html (KmsKeyId: for a read replica of an encrypted cluster in another Region, a key valid in the destination Region)',
      '@pulumi/aws 7.x rds/cluster.d.ts (kmsKeyId: "When specifying kmsKeyId, storageEncrypted needs to be set to true")',
    ],
  },
  ts: check,
  py: check,
});

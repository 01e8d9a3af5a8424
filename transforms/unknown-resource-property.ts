/**
 * unknown-resource-property
 *
 * Fact: a resource accepts only the arguments its provider schema declares,
 * at the top level and inside each nested input type. In TypeScript an
 * unknown key in an object literal is an excess-property compile error; the
 * Python SDK's constructors and `*Args` classes take keyword-only parameters
 * with no `**kwargs`, so an unknown keyword raises TypeError before anything
 * is created. The arguments are read from @pulumi/aws's own type definitions
 * (6.83.4 and 7.48.0; lib/aws/generated); the renames come from a table of
 * confusions seen in real model output (lib/aws/known-confusions.ts,
 * FAILURES.md), each checked against both tables.
 */
import { defineRule } from '../lib/define-rule';
import { ARGUMENT_RENAMES, terraformIdArgument, type ArgumentRename } from '../lib/aws/known-confusions';
import { providerRefs } from '../lib/aws/provider-refs';
import { providerSchema, pythonName, type ProviderSchema } from '../lib/aws/schema';
import { objectSites, type ObjectSite } from '../lib/aws/schema-walk';
import { closest, didYouMean } from '../lib/aws/suggest';
import { targetSchema } from '../lib/aws/target-schema';
import type { Prop, PulumiFile } from '../lib/pulumi/model';
import { preferredQuote } from '../lib/pulumi/placement';
import { snakeToCamel } from '../lib/pulumi/py/names';
import type { RuleContext } from '../lib/rule';

/**
 * Arguments a rule of their own moves: apigateway-deployment-stage, and the
 * v6 list-shaped bucket settings that s3-inline-bucket-config and
 * s3-encryption-args-shape turn into the v7 side resources.
 */
const V6_BUCKET_LISTS = ['loggings', 'versionings', 'websites', 'serverSideEncryptionConfigurations'];
const OWNED: Record<string, string[]> = {
  'apigateway.Deployment': ['stageName', 'stageDescription', 'canarySettings'],
  's3.Bucket': V6_BUCKET_LISTS,
  's3.BucketV2': V6_BUCKET_LISTS,
};

/** Resource options written among the arguments belong to depends-on-in-args. */
const RESOURCE_OPTIONS = new Set(['dependsOn', 'parent', 'provider', 'providers', 'protect', 'ignoreChanges', 'deleteBeforeReplace', 'aliases', 'customTimeouts', 'retainOnDelete', 'replaceOnChanges', 'transformations', 'transforms', 'import', 'version']);

/** Case and underscores do not tell arguments apart (`cloudWatchMetricsEnabled` is `cloudwatchMetricsEnabled`). */
const loose = (name: string) => name.replace(/_/g, '').toLowerCase();

function renameFix(prop: Prop, rename: ArgumentRename, pulumi: PulumiFile) {
  const value = prop.value;
  if (rename.shape === 'list') {
    if (value.kind === 'array') return undefined;
    return () => [prop.rename(rename.to), value.replace(`[${value.text}]`)];
  }
  if (rename.shape === 'vpcDomain') {
    // `vpc: true` asked for a VPC address, which `domain: "vpc"` says; any other value is left to the user
    if (value.literal !== true) return undefined;
    const quote = preferredQuote(pulumi);
    return () => [prop.rename(rename.to), value.replace(`${quote}vpc${quote}`)];
  }
  return () => prop.rename(rename.to);
}

function checkProp(prop: Prop, site: ObjectSite, ctx: RuleContext, schema: ProviderSchema): void {
  const key = prop.key.replace(/^["']|["']$/g, '');
  // `__opts__` and the like are the Python SDK's own keywords
  if (!/^[A-Za-z_$][\w$]*$/.test(key) || key.startsWith('__') || schema.field(site.fields, key, ctx.language, site.dict)) return;
  const camel = ctx.language === 'py' ? snakeToCamel(key) : key;
  if (site.top && (RESOURCE_OPTIONS.has(camel) || OWNED[site.typeName]?.includes(camel))) return;
  const spell = (field: string) => (ctx.language === 'py' ? pythonName(field) : field);
  const data = { key, type: site.top ? `aws.${site.typeName}` : `the input type ${site.typeName}`, version: schema.label };

  const known = ARGUMENT_RENAMES[site.typeName]?.[camel];
  const terraform = terraformIdArgument(camel, site.fields);
  const rename = known ?? (terraform ? { to: terraform } : undefined);
  if (rename && rename.to in site.fields) {
    ctx.report(prop, 'renamed', { data: { ...data, right: spell(rename.to) }, fix: renameFix(prop, rename, ctx.pulumi) });
    return;
  }
  const sameWord = Object.keys(site.fields).filter((f) => loose(f) === loose(camel));
  if (sameWord.length === 1) {
    ctx.report(prop, 'misspelled', { data: { ...data, right: spell(sameWord[0]) }, fix: () => prop.rename(sameWord[0]) });
    return;
  }
  if (prop.value.kind === 'null') {
    ctx.report(prop, 'emptyUnknown', { data, fix: () => prop.remove() });
    return;
  }
  const other = providerSchema(schema.major === 7 ? 6 : 7);
  const before = other.resourceArgs(...(site.typeName.split('.') as [string, string]));
  const inOther = site.top && before && other.field(before, key, ctx.language);
  const hint = didYouMean(closest(key, Object.keys(site.fields).map(spell)), `the arguments are listed at https://www.pulumi.com/registry/packages/aws/api-docs/${site.typeName.split('.')[0]}/`);
  // an argument the other major has is a migration to make (see its upgrade guide), never a deletion
  if (inOther) ctx.report(prop, 'removedArgument', { data: { ...data, other: other.label, otherMajor: other.major, hint } });
  else ctx.report(prop, 'unknownArgument', { data: { ...data, hint }, safety: 'unsafe', fix: () => prop.remove() });
}

function check(ctx: RuleContext): void {
  const refs = providerRefs(ctx.pulumi);
  if (refs.length === 0) return;
  const schema = targetSchema(ctx.options, refs);
  for (const site of objectSites(ctx.pulumi, schema)) {
    for (const prop of site.value.props()) checkProp(prop, site, ctx, schema);
  }
}

export default defineRule({
  meta: {
    id: 'unknown-resource-property',
    title: 'Argument the resource or its nested type does not accept',
    description: 'Renames arguments models confuse (alarmName, Eip vpc, artifactStore, ...), removes unknown ones that are empty, reports the rest with the nearest real names (removed with --unsafe)',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      renamed: '`{{key}}` is not an argument of {{type}} in {{version}}: it is `{{right}}`',
      misspelled: '`{{key}}` is not an argument of {{type}} in {{version}}: it is spelled `{{right}}`',
      emptyUnknown: '`{{key}}` is not an argument of {{type}} in {{version}}, and it is empty: removed',
      removedArgument: '`{{key}}` is not an argument of {{type}} in {{version}} (it is in {{other}}): move its setting to what replaced it ({{hint}}), or target it with --aws-provider {{otherMajor}}',
      unknownArgument: '`{{key}}` is not an argument of {{type}} in {{version}}; {{hint}}',
    },
    fact: 'A resource accepts only the arguments its schema declares: an unknown key is a TypeScript excess-property error, and an unknown keyword a Python TypeError (the SDK\'s constructors and *Args classes take keyword-only parameters, no **kwargs). The arguments are read from @pulumi/aws 6.83.4 and 7.48.0 type definitions.',
    sources: [
      '@pulumi/aws 6.83.4 and 7.48.0 type definitions (lib/aws/generated/aws-schema-v6.jsonl, aws-schema-v7.jsonl, generated by scripts/generate-aws-schema.ts)',
      'https://www.pulumi.com/registry/packages/aws/api-docs/',
      '../shared/FAILURES.md (argument the resource does not accept)',
    ],
  },
  ts: check,
  py: check,
});

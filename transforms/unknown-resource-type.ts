/**
 * unknown-resource-type
 *
 * Fact: a Pulumi program can only construct the classes, call the functions
 * and use the enums its provider package exports; `new aws.s3.BucketReplication`
 * is a TypeScript compile error, and `aws.s3.BucketReplication(...)` or a
 * made-up `*Args` class an AttributeError in Python, both before any
 * resource is created. What exists is read from @pulumi/aws's own type
 * definitions (6.83.4 and 7.48.0; lib/aws/generated, FACTS.md §4); the
 * renames come from a table of confusions seen in real model output
 * (lib/aws/known-confusions.ts, FAILURES.md), each checked against both
 * tables. A Python `*Args` class in an argument position is renamed to the
 * class that argument's type has in the schema.
 */
import { defineRule } from '../lib/define-rule';
import { CLASS_RENAMES, MODULE_RENAMES } from '../lib/aws/known-confusions';
import { providerRefs, type ProviderRef } from '../lib/aws/provider-refs';
import type { ProviderSchema } from '../lib/aws/schema';
import { objectSites } from '../lib/aws/schema-walk';
import { closest, didYouMean } from '../lib/aws/suggest';
import { targetSchema } from '../lib/aws/target-schema';
import type { Language, RuleContext } from '../lib/rule';
import { replaceRange } from '../lib/text/edits';
import { escapedSegment } from '../lib/pulumi/py/names';

/**
 * Only these are checked: classes, enums, Args types, and called `get...`
 * data sources; another lower-case name is a value (`aws.config.region`) or,
 * through an import the file index cannot see (a function-level Python
 * import shadowing a module), not the provider's.
 */
const looksLikeExport = (name: string, called: boolean) => /^[A-Z]/.test(name) || (called && /^get/.test(name));

/** The class a Python `*Args(...)` call should be, by its position: keyed by the call's start. */
function expectedArgsClasses(ctx: RuleContext, schema: ProviderSchema): Map<number, { module: string; name: string }> {
  const expected = new Map<number, { module: string; name: string }>();
  if (ctx.language !== 'py') return expected;
  for (const site of objectSites(ctx.pulumi, schema)) {
    if (!site.value.qualifiedName()?.startsWith('aws.')) continue;
    const [module, name] = site.typeName.split('.');
    expected.set(site.value.start, name === undefined ? { module: '', name: `${module}Args` } : { module, name: `${name}Args` });
  }
  return expected;
}

/** Replaces the written tail of a reference (`s3.BucketReplication` → `s3.BucketReplicationConfig`), when the text has it. */
function retail(ref: ProviderRef, from: string, to: string) {
  const text = ref.value.text;
  if (!text.endsWith(from) || (text.length > from.length && text[text.length - from.length - 1] !== '.')) return undefined;
  return () => replaceRange(ref.value.end - from.length, ref.value.end, to);
}

/**
 * An enum member's spelling reduced to what tells members apart: the SDKs
 * write the dot of a version as `d` (`Python3d11`, Python `PYTHON3D11`), which
 * (`NodeJS20dX`, `NODE_JS20D_X`), which models write as `_` or drop.
 */
const enumKey = (member: string) => member.toLowerCase().replace(/_/g, '').replace(/(\d)d(?=[0-9a-z])/g, '$1');

/** The module segment as the language writes it. */
const written = (module: string, language: Language) => (language === 'py' ? escapedSegment(module) : module);

function checkRef(ref: ProviderRef, ctx: RuleContext, schema: ProviderSchema, expected: Map<number, { module: string; name: string }>): void {
  const { segments, called } = ref;
  const lang = ctx.language;
  const version = schema.label;
  const [first, name, member] = segments;
  if (!schema.module(first)) {
    if (schema.kindOf('', first, lang) || !looksLikeExport(name ?? first, called) || segments.length === 1) return;
    const moved = MODULE_RENAMES[first];
    const target = moved?.prefixes.map((p) => p + name).find((candidate) => schema.kindOf(moved.module, candidate, lang));
    if (moved && target) {
      const right = `${written(moved.module, lang)}.${target}`;
      ctx.report(ref.value, 'movedModule', { data: { wrong: `aws.${first}.${name}`, right: `aws.${right}`, version }, fix: retail(ref, `${first}.${name}`, right) });
      return;
    }
    const modules = closest(first, schema.moduleNames());
    ctx.report(ref.value, 'unknownModule', { data: { module: first, version, hint: didYouMean(modules.map((m) => `aws.${m}`), 'see the provider docs for the module that has it') } });
    return;
  }
  if (name === undefined || !looksLikeExport(name, called)) return;
  const kind = schema.kindOf(first, name, lang);
  if (kind === 'enum' && member !== undefined && /^[A-Z]/.test(member)) {
    const members = schema.enumMembers(first, name, lang);
    if (members.includes(member)) return;
    const same = members.filter((m) => enumKey(m) === enumKey(member));
    if (same.length === 1) {
      ctx.report(ref.value, 'enumMemberSpelling', { data: { name: `aws.${first}.${name}.${member}`, right: same[0], version }, fix: retail(ref, member, same[0]) });
    } else {
      ctx.report(ref.value, 'unknownEnumMember', { data: { name: `aws.${first}.${name}.${member}`, version, hint: didYouMean(closest(member, members), `its members are ${members.slice(0, 6).join(', ')}${members.length > 6 ? ', ...' : ''}`) } });
    }
    return;
  }
  if (kind) return;
  const wrong = `aws.${first}.${name}`;
  const renamed = CLASS_RENAMES[`${first}.${name}`];
  const args = expected.get(ref.value.start);
  if (renamed && schema.kindOf(renamed.split('.')[0], renamed.split('.')[1], lang)) {
    const [module, cls] = renamed.split('.');
    const right = `${written(module, lang)}.${cls}`;
    const fix = module === first ? retail(ref, name, cls) : retail(ref, `${written(first, lang)}.${name}`, right);
    ctx.report(ref.value, 'renamed', { data: { wrong, right: `aws.${right}`, version }, fix });
  } else if (args && args.module === first && schema.kindOf(first, args.name, lang)) {
    ctx.report(ref.value, 'wrongArgsClass', { data: { wrong, right: `aws.${written(first, lang)}.${args.name}`, version }, fix: retail(ref, name, args.name) });
  } else {
    const elsewhere = schema.moduleNames().filter((m) => m !== first && schema.kindOf(m, name, lang) === 'resource').map((m) => `aws.${written(m, lang)}.${name}`);
    const near = closest(name, schema.exportedNames(first, lang)).map((n) => `aws.${written(first, lang)}.${n}`);
    ctx.report(ref.value, 'unknownName', { data: { wrong, version, hint: didYouMean([...near, ...elsewhere].slice(0, 4), `no similar name in aws.${first}`) } });
  }
}

function check(ctx: RuleContext): void {
  const refs = providerRefs(ctx.pulumi);
  if (refs.length === 0) return;
  const schema = targetSchema(ctx.options, refs);
  const expected = expectedArgsClasses(ctx, schema);
  for (const ref of refs) checkRef(ref, ctx, schema, expected);
}

export default defineRule({
  meta: {
    id: 'unknown-resource-type',
    title: 'Module, class, function or Args type the AWS provider does not export',
    description: 'Renames provider names models confuse (aws.s3.BucketReplication, aws.logs.*, made-up *Args classes); reports the others with the nearest real names',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      renamed: '`{{wrong}}` does not exist in {{version}}: the class is `{{right}}`',
      movedModule: '`{{wrong}}` does not exist in {{version}}: the class is `{{right}}`',
      wrongArgsClass: '`{{wrong}}` does not exist in {{version}}: the argument it is passed to takes `{{right}}`',
      unknownModule: '`aws.{{module}}` is not a module of {{version}}; {{hint}}',
      unknownName: '`{{wrong}}` is not exported by {{version}}; {{hint}}',
      enumMemberSpelling: '`{{name}}` is not a member of that enum in {{version}}: it is spelled `{{right}}`',
      unknownEnumMember: '`{{name}}` is not a member of that enum in {{version}}; {{hint}}',
    },
    fact: 'A program can only use the classes, functions and enums the provider package exports; any other name fails at compile time (TypeScript) or on import/attribute access (Python), before `pulumi preview` creates anything. The exports are read from @pulumi/aws 6.83.4 and 7.48.0 type definitions.',
    sources: [
      '@pulumi/aws 6.83.4 and 7.48.0 type definitions (lib/aws/generated/aws-schema-v6.jsonl, aws-schema-v7.jsonl, generated by scripts/generate-aws-schema.ts)',
      'https://www.pulumi.com/registry/packages/aws/api-docs/',
      '../shared/FAILURES.md (module / class / Args type that does not exist)',
    ],
  },
  ts: check,
  py: check,
});

/**
 * data-source-renamed-field
 *
 * Fact: @pulumi/aws 7 renamed fields of several data-source results and
 * marks the old names `@deprecated ... Use <field> instead` (`getRegion`:
 * `name` → `region`; `lambda.getFunction`: `sourceCodeHash` → `codeSha256`;
 * `secretsmanager` secrets: `arn` → `secretArn`, ...), and dropped others
 * (`efs.getFileSystem().lifecyclePolicy`). The deprecations and the fields are
 * read from the provider's type definitions (7.48.0 and 6.83.4;
 * lib/aws/generated). The v7 upgrade guide: pulumi/pulumi-aws
 * docs/version-7-upgrade.md, FACTS.md §4.4.
 */
import { defineRule } from '../lib/define-rule';
import { dataSourceReads } from '../lib/aws/data-source-reads';
import { providerRefs } from '../lib/aws/provider-refs';
import { pythonName } from '../lib/aws/schema';
import { closest, didYouMean } from '../lib/aws/suggest';
import { targetSchema } from '../lib/aws/target-schema';
import type { RuleContext } from '../lib/rule';
import { replaceRange } from '../lib/text/edits';

function check(ctx: RuleContext): void {
  const refs = providerRefs(ctx.pulumi);
  if (refs.length === 0) return;
  const schema = targetSchema(ctx.options, refs);
  const spell = (field: string) => (ctx.language === 'py' ? pythonName(field) : field);
  for (const { module, name, read, field } of dataSourceReads(ctx.pulumi, refs)) {
    const fn = schema.functionName(module, name, ctx.language);
    const result = fn ? schema.module(module)?.functions[fn]?.result : undefined;
    if (!fn || !result) continue;
    const camel = Object.keys(result).find((f) => spell(f) === field);
    const qualified = `aws.${module ? `${module}.` : ''}${fn}`;
    const data = { field, fn: qualified, version: schema.label };
    if (camel === undefined) {
      const hint = didYouMean(closest(field, Object.keys(result).map(spell)), `its fields are ${Object.keys(result).map(spell).join(', ')}`);
      ctx.report(read, 'unknownField', { data: { ...data, hint } });
      continue;
    }
    const code = result[camel];
    const instead = code.startsWith('!') ? code.slice(1) : '';
    if (!instead || !(instead in result)) continue;
    const right = spell(instead);
    ctx.report(read, 'renamedField', { data: { ...data, right }, fix: () => replaceRange(read.end - field.length, read.end, right) });
  }
}

export default defineRule({
  meta: {
    id: 'data-source-renamed-field',
    title: 'Data-source result field renamed or removed in the targeted provider',
    description: 'Reads of data-source result fields that the provider deprecated for a new name (getRegion().name → .region) are renamed; fields it does not have are reported',
    languages: ['ts', 'py'],
    severity: 'warning',
    fixSafety: 'safe',
    messages: {
      renamedField: '`{{field}}` of {{fn}}() is deprecated in {{version}}: the field is `{{right}}`',
      unknownField: '{{fn}}() has no field `{{field}}` in {{version}}; {{hint}}',
    },
    fact: '@pulumi/aws 7 renamed fields of data-source results and marks the old names deprecated with the new name (`getRegion`: `name` → `region`); the fields and their deprecations are read from the provider\'s type definitions.',
    sources: [
      '@pulumi/aws 7.48.0 getRegion.d.ts ("@deprecated name is deprecated. Use region instead.") and the other data sources (lib/aws/generated/aws-schema-v7.jsonl)',
      'pulumi/pulumi-aws docs/version-7-upgrade.md (data sources whose region argument changed meaning)',
      '../shared/FACTS.md §4.4',
    ],
  },
  ts: check,
  py: check,
});

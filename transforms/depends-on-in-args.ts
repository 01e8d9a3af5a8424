/**
 * depends-on-in-args
 *
 * Fact: `dependsOn`, `parent`, `provider`, `protect`, `ignoreChanges`, ... are
 * resource options: the third constructor argument in TypeScript
 * (`CustomResourceOptions`), `opts=pulumi.ResourceOptions(...)` in Python.
 * Written among the resource's arguments, they are an excess-property
 * compile error in TypeScript and an unexpected-keyword TypeError in Python
 * (the SDK's constructors take keyword-only arguments and no `**kwargs`), and
 * the dependency they meant is never recorded. FACTS.md §10; Pulumi docs,
 * "Resource options".
 */
import { defineRule } from '../lib/define-rule';
import { providerSchema } from '../lib/aws/schema';
import { targetSchema } from '../lib/aws/target-schema';
import { providerRefs } from '../lib/aws/provider-refs';
import type { Prop, Resource } from '../lib/pulumi/model';
import { snakeToCamel } from '../lib/pulumi/py/names';
import type { RuleContext } from '../lib/rule';
import { overlaps, type Edit } from '../lib/text/edits';

/** Options no provider resource takes as an argument. */
const OPTIONS = new Set(['dependsOn', 'parent', 'provider', 'providers', 'protect', 'ignoreChanges', 'deleteBeforeReplace', 'retainOnDelete', 'replaceOnChanges', 'customTimeouts', 'aliases']);

/**
 * The fix for one misplaced option: the option written into the options
 * (created when absent) and the argument removed. Where the two edits would
 * touch the same text (Python's `opts=` appended right after the argument it
 * replaces), it takes two of the pipeline's passes: first the option is
 * written, then, once the options hold it, the argument is removed.
 */
function moveFix(resource: Resource, prop: Prop, name: string): Edit[] | undefined {
  const value = prop.value;
  const removal = prop.remove();
  let written: Edit[] | null = null;
  if (name === 'dependsOn') {
    const wanted = value.kind === 'array' ? value.elements().map((e) => e.text) : [value.text];
    const present = resource.dependsOn().map((d) => d.text);
    if (resource.option(name)?.value.text === value.text || wanted.every((w) => present.includes(w))) return [removal];
    if (!resource.option(name)) written = resource.addOption(name, value.text);
    else if (value.kind === 'array' && resource.option(name)?.value.kind === 'array') written = resource.addDependsOn(wanted.filter((w) => !present.includes(w)));
  } else {
    const existing = resource.option(name);
    if (existing) return existing.value.text === value.text ? [removal] : undefined;
    written = resource.addOption(name, value.text);
  }
  if (!written) return undefined;
  return written.some((e) => overlaps(e, removal)) ? written : [...written, removal];
}

function check(ctx: RuleContext): void {
  const refs = providerRefs(ctx.pulumi);
  const schema = refs.length > 0 ? targetSchema(ctx.options, refs) : providerSchema(7);
  for (const resource of ctx.pulumi.allResources()) {
    const args = resource.args;
    if (!args || args.kind !== 'object') continue;
    const [root, module, cls] = resource.type.split('.');
    const fields = root === 'aws' ? schema.resourceArgs(module, cls) : undefined;
    let fixing = false;
    for (const prop of args.props()) {
      const name = ctx.language === 'py' ? snakeToCamel(prop.key) : prop.key;
      if (!OPTIONS.has(name) || (fields && schema.field(fields, prop.key, ctx.language))) continue;
      // one option per resource per pass: two would both write into the same options
      const edits: Edit[] | undefined = fixing ? undefined : moveFix(resource, prop, name);
      fixing ||= edits !== undefined;
      const fix = edits && (() => edits);
      const option = ctx.language === 'py' ? prop.key : name;
      ctx.report(prop, fixing ? 'moved' : 'cannotMove', { data: { option, where: ctx.language === 'py' ? 'opts=pulumi.ResourceOptions(...)' : 'the options (third argument)' }, fix });
    }
  }
}

export default defineRule({
  meta: {
    id: 'depends-on-in-args',
    title: 'Resource option written among the resource arguments',
    description: 'Moves dependsOn / depends_on, parent, provider, protect, ... from the resource arguments into the resource options',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      moved: '`{{option}}` is a resource option, not an argument: it is moved to {{where}}',
      cannotMove: '`{{option}}` is a resource option, not an argument: move it to {{where}} (the options here are not written out, or already set it differently)',
    },
    fact: 'Resource options (dependsOn, parent, provider, protect, ignoreChanges, ...) go in the third constructor argument (TypeScript) or opts=pulumi.ResourceOptions(...) (Python); among the arguments they are a compile error or a TypeError, and the ordering they meant is never recorded.',
    sources: [
      'https://www.pulumi.com/docs/iac/concepts/options/',
      '@pulumi/pulumi resource.d.ts (CustomResourceOptions) and pulumi/resource.py (ResourceOptions)',
      '../shared/FACTS.md §10',
    ],
  },
  ts: check,
  py: check,
});

/**
 * component-parent
 *
 * Fact: a resource created inside a ComponentResource is a child of that
 * component only when its options say `parent: this` (`parent=self` in
 * Python, inside `pulumi.ResourceOptions`); without it the resource hangs off
 * the stack, outside the component's tree, and does not inherit the
 * component's providers. FACTS.md §10 (Pulumi ResourceOptions, `parent`;
 * "Inside a ComponentResource, pass opts=pulumi.ResourceOptions(parent=self)").
 * Sources: @pulumi/pulumi resource.d.ts, pulumi/pulumi sdk/python resource.py,
 * Pulumi docs on component resources.
 */
import { defineRule } from '../lib/define-rule';
import type { Language, RuleContext } from '../lib/rule';

function check({ pulumi, report }: RuleContext): void {
  for (const resource of pulumi.allResources()) {
    const self = resource.componentSelf;
    // a resource's first argument is its logical name: `new aws.sdk.CloudWatch({ region })` (an AWS SDK client) or a Python `*ArgsDict(...)` is not a resource
    if (!self || !resource.name || resource.name.kind === 'object') continue;
    const sets = resource.setsOption('parent');
    if (sets === true) continue;
    const data = { type: resource.type, option: optionText(pulumi.language, self), options: resource.options?.text ?? '' };
    const edits = sets === false ? resource.addOption('parent', self) : null;
    if (edits) report(resource, 'addParent', { data, fix: () => edits });
    else report(resource.options ?? resource, sets === false ? 'sharedOptions' : 'hiddenOptions', { data });
  }
}

function optionText(language: Language, self: string): string {
  return language === 'ts' ? `parent: ${self}` : `parent=${self}`;
}

export default defineRule({
  meta: {
    id: 'component-parent',
    title: 'Resources created inside a ComponentResource without a parent',
    description: 'Adds `parent: this` / `parent=self` to resources created inside a ComponentResource',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'unsafe',
    messages: {
      addParent: '{{type}} is created inside a ComponentResource but is not its child: `{{option}}` is added to its options',
      sharedOptions: '{{type}} is created inside a ComponentResource but its options `{{options}}` do not set the parent: add `{{option}}` to them',
      hiddenOptions: '{{type}} is created inside a ComponentResource with options iacfix cannot see into (`{{options}}`): make sure they set `{{option}}` (the component\'s own `opts` make the resource a sibling of the component, not its child)',
    },
    fact: 'A resource is a child of a ComponentResource only when its options set `parent` to the component (`parent: this` in TypeScript, `opts=pulumi.ResourceOptions(parent=self)` in Python); otherwise it is parented to the stack, outside the component, and does not inherit its providers.',
    sources: [
      'FACTS.md §10: @pulumi/pulumi 3.248.0 resource.d.ts (`parent?: Resource`); pulumi/pulumi sdk/python/lib/pulumi/resource.py (ResourceOptions(parent=...))',
      'https://www.pulumi.com/docs/iac/concepts/resources/components/ ("child resources ... set parent to this")',
    ],
  },
  ts: check,
  py: check,
});

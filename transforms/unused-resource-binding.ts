/**
 * unused-resource-binding
 *
 * Fact: a Pulumi resource is registered when it is constructed, whether or not
 * the program keeps a reference to it, so `new aws.x.Y(...)` as a statement
 * deploys the same resource as `const y = new aws.x.Y(...)`. A `const` that is
 * never read fails ESLint's `@typescript-eslint/no-unused-vars` /
 * `no-unused-vars` (on in their `recommended` configs) unless its name matches
 * the rule's `varsIgnorePattern`, and TypeScript's `noUnusedLocals` whatever
 * its name. Sources: Pulumi docs, "Resources" (resources are created by
 * constructing them); ESLint and typescript-eslint docs for no-unused-vars;
 * TypeScript TSConfig reference, noUnusedLocals; seed 004 §5.
 */
import type * as t from '@babel/types';
import { defineRule } from '../lib/define-rule';
import type { Resource, Variable } from '../lib/pulumi/model';
import { TsPulumiFile } from '../lib/pulumi/ts/file';
import { lintSilencedAt, unusedVariableSettings, type UnusedVariableSettings } from '../lib/project/unused-variables';
import type { RuleContext } from '../lib/rule';
import { replaceRange, type Edit } from '../lib/text/edits';
import { unusedName } from '../lib/text/names';

/** The parts of `const name = new ...;` a fix edits. */
interface Binding {
  variable: Variable;
  declaration: t.VariableDeclaration;
  id: t.Identifier;
}

function nodeOf(value: { node: unknown }): t.Node {
  return value.node as t.Node;
}

/**
 * The declaration that binds the resource to a local `const`, when it is the
 * only declarator of a statement of its own that is not exported.
 */
function bindingOf(ctx: RuleContext, resource: Resource): Binding | undefined {
  const name = resource.binding;
  if (!name || name.includes('.')) return undefined; // this.x: a field other code may read
  const variable = ctx.pulumi.variable(name, resource);
  const declarator = variable?.value.parent();
  const declaration = declarator?.parent();
  if (!variable || !declarator || !declaration) return undefined;
  const declaratorNode = nodeOf(declarator);
  const declarationNode = nodeOf(declaration);
  if (declaratorNode.type !== 'VariableDeclarator' || declaratorNode.id.type !== 'Identifier' || declarationNode.type !== 'VariableDeclaration') return undefined;
  const container = declaration.parent();
  if (declarationNode.declarations.length !== 1 || (container && nodeOf(container).type.startsWith('Export'))) return undefined;
  if (variable.value.start > resource.start || resource.end > variable.value.end) return undefined;
  return { variable, declaration: declarationNode, id: declaratorNode.id };
}

/** `const x: T = new ...;` → `new ...;` — only when the initializer starts right after `=`, so no parenthesis or `await` is cut. */
function dropBinding(source: string, binding: Binding, resource: Resource): Edit | undefined {
  const afterId = source.slice(binding.id.end ?? 0, resource.start);
  if (!/^\s*=\s*$/.test(afterId)) return undefined;
  return replaceRange(binding.declaration.start ?? 0, resource.start, '');
}

/** How the project expects an unused binding to be marked, for this name. */
function marking(settings: UnusedVariableSettings, name: string): 'prefix' | 'drop' {
  const patterns = settings.ignorePatterns;
  return !settings.compilerRejects && patterns && patterns.every((p) => p.test(`_${name}`)) ? 'prefix' : 'drop';
}

/**
 * Whether the project already lets this binding go unread: lint off, a name its
 * varsIgnorePattern ignores, or an eslint-disable directive.
 */
function tolerated(settings: UnusedVariableSettings, source: string, id: t.Identifier): boolean {
  if (settings.compilerRejects) return false;
  if (settings.lint === 'off' || lintSilencedAt(source, id.start ?? 0)) return true;
  return settings.ignorePatterns ? settings.ignorePatterns.every((p) => p.test(id.name)) : false;
}

function check(ctx: RuleContext): void {
  const { pulumi, report, source } = ctx;
  // in a snippet with no imports (a fragment of a Markdown answer) the readers may be in the part not shown
  if (!(pulumi instanceof TsPulumiFile) || !pulumi.importsPulumi) return;
  let settings: UnusedVariableSettings | undefined;
  for (const resource of pulumi.allResources()) {
    const binding = bindingOf(ctx, resource);
    if (!binding || binding.variable.references.length > 0) continue;
    const name = binding.variable.name;
    settings ??= unusedVariableSettings(ctx.files);
    // with neither an ESLint config nor noUnusedLocals in sight (stdin, a Markdown answer), nothing fails
    if (!settings.found && !settings.compilerRejects) return;
    if (tolerated(settings, source, binding.id)) continue;
    const at = { start: binding.id.start ?? 0, end: binding.id.end ?? 0 };
    if (resource.className === 'Provider') {
      report(at, 'unusedProvider', { data: { name } });
      continue;
    }
    if (marking(settings, name) === 'prefix') {
      const renamed = unusedName(source, `_${name}`);
      report(at, 'prefixBinding', { data: { name, renamed }, fix: () => replaceRange(at.start, at.start + name.length, renamed), defer: true });
      continue;
    }
    const edit = dropBinding(source, binding, resource);
    report(at, 'dropBinding', { data: { name }, fix: () => edit, defer: true });
  }
}

export default defineRule({
  meta: {
    id: 'unused-resource-binding',
    title: 'Resource bound to a name that is never read',
    description: 'Drops the never-read `const` of a resource (or prefixes it with `_` when the lint config ignores such names)',
    languages: ['ts'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      dropBinding: '{{name}} is never read, which fails the lint rule no-unused-vars; Pulumi creates the resource whether or not it is bound, so drop `const {{name}} =` and keep the `new` statement',
      prefixBinding: '{{name}} is never read, which fails the lint rule no-unused-vars; rename it {{renamed}}, a name the lint config\'s varsIgnorePattern lets go unread',
      unusedProvider: 'The provider {{name}} is never used, so no resource is created through it: pass it to the resources meant for it (`{ provider: {{name}} }`), or remove it',
    },
    fact: 'Pulumi registers a resource when it is constructed, bound to a name or not; a never-read const fails ESLint no-unused-vars / @typescript-eslint/no-unused-vars unless its name matches varsIgnorePattern, and TypeScript noUnusedLocals whatever its name.',
    sources: [
      'https://www.pulumi.com/docs/iac/concepts/resources/ (a resource is created by constructing it)',
      'https://typescript-eslint.io/rules/no-unused-vars/ and https://eslint.org/docs/latest/rules/no-unused-vars (varsIgnorePattern)',
      'https://www.typescriptlang.org/tsconfig/#noUnusedLocals',
      'seed 004 §5 (lint failures on resources created for their side effects)',
    ],
  },
  ts: check,
});

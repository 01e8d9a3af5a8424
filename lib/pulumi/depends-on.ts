/**
 * Making one resource wait for others through its `dependsOn` /
 * `depends_on` option: whether it already lists one, and how it can name each
 * one (its binding, or a new local bound where the other is created). The
 * edit of the option itself is `Resource.addDependsOn`.
 */
import type { RuleContext } from '../rule';
import type { Edit } from '../text/edits';
import type { Resource } from './model';
import { unusedIdentifier } from './placement';

/** How a resource names another in its options, and the edits that make that name exist. */
export interface Reference {
  ref: string;
  edits: Edit[];
}

/** Whether `dependent` already lists `target` in its `dependsOn` (by the name `target` is bound to). */
export function listsDependency(dependent: Resource, target: Resource): boolean {
  return !!target.binding && dependent.dependsOn().some((v) => v.text === target.binding);
}

/**
 * How `dependent` can name `target`: its binding, or a new local (named from
 * `base`, avoiding the names in `taken`) and the edit that binds it;
 * undefined when `target` is declared after `dependent`, in another scope, or
 * is not a statement of its own.
 */
export function referenceTo(ctx: RuleContext, target: Resource, dependent: Resource, base: Record<RuleContext['language'], string>, taken: string[]): Reference | undefined {
  if (!target.visibleAt(dependent)) return undefined;
  if (target.binding) return { ref: target.binding, edits: [] };
  const name = unusedIdentifier(ctx.pulumi, ctx.source, base[ctx.language], taken);
  const edits = target.bind(name);
  return edits ? { ref: name, edits } : undefined;
}

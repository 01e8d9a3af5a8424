/**
 * Picks the rules a run uses from the registry (`--only`, `--skip`),
 * keeping registry order.
 */
import { rules as registry } from '../transforms';
import type { Rule } from './rule';

export class UnknownRuleError extends Error {}

export interface RuleSelection {
  only?: readonly string[];
  skip?: readonly string[];
}

export function selectRules({ only, skip }: RuleSelection = {}, all: readonly Rule[] = registry): Rule[] {
  const known = new Set(all.map((r) => r.meta.id));
  const unknown = [...(only ?? []), ...(skip ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UnknownRuleError(`unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (run \`iacfix list\` to see them all)`);
  }
  return all.filter((r) => (!only || only.length === 0 || only.includes(r.meta.id)) && !(skip ?? []).includes(r.meta.id));
}

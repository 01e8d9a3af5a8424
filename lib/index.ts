/**
 * The Node API, for pipelines that post-process generated code:
 *
 *   const { output, fixes } = await fixSource(code, { filename: 'lib/tap-stack.ts' });
 *
 * The filename picks the language (`.md` means a Markdown answer whose fenced
 * blocks are fixed); nothing is read from or written to disk.
 */
import { fixSourceAsync, type ParseError } from './pipeline/fix-source';
import type { Reported } from './pipeline/fix-code';
import { selectRules } from './select-rules';
import type { RuleOptions } from './rule';
import type { SkippedBlock } from './pipeline/markdown';

export interface FixSourceOptions extends RuleOptions {
  filename: string;
  /** run only these rule ids */
  only?: string[];
  /** do not run these rule ids */
  skip?: string[];
  /** apply fixes marked unsafe too */
  unsafe?: boolean;
}

export interface FixSourceResult {
  output: string;
  changed: boolean;
  /** the fixes applied */
  fixes: Reported[];
  /** findings left in the output (report-only, or needing --unsafe) */
  problems: Reported[];
  /** set when the source does not parse; the output is then the input */
  error?: ParseError;
  /** Markdown blocks left alone */
  skipped: SkippedBlock[];
}

export async function fixSource(source: string, options: FixSourceOptions): Promise<FixSourceResult> {
  const { filename, only, skip, unsafe, ...ruleOptions } = options;
  const rules = selectRules({ only, skip });
  const result = await fixSourceAsync(source, filename, { rules, unsafe, options: ruleOptions });
  return { output: result.output, changed: result.changed, fixes: result.fixed, problems: result.remaining, error: result.error, skipped: result.skipped };
}

export { rules } from '../transforms';
export { defineRule } from './define-rule';
export type { Rule, RuleMeta, RuleContext, YamlRuleContext, Finding, Severity, FixSafety, Language, RuleLanguage } from './rule';
export type { Reported } from './pipeline/fix-code';

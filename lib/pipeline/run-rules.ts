/**
 * One pass of every enabled rule over one parsed tree: the Pulumi view is
 * built once and shared, each rule reports into the same list.
 */
import type { File } from '@babel/types';
import type { Tree } from 'web-tree-sitter';
import { PyPulumiFile } from '../pulumi/py/file';
import { TsPulumiFile } from '../pulumi/ts/file';
import { formatMessage, type FileView, type Finding, type Language, type Rule, type RuleContext, type RuleOptions } from '../rule';
import type { Edit } from '../text/edits';

export type ParsedCode = { language: 'ts'; ast: File } | { language: 'py'; tree: Tree };

/** A finding produced by a rule that threw: reported, never fatal to the run. */
export const INTERNAL_RULE = 'internal-error';

export function runRules(source: string, filename: string, parsed: ParsedCode, rules: readonly Rule[], options: RuleOptions, files: FileView): Finding[] {
  const pulumi = parsed.language === 'ts' ? new TsPulumiFile(source, parsed.ast) : new PyPulumiFile(source, parsed.tree);
  const language: Language = parsed.language;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const check = language === 'ts' ? rule.ts : rule.py;
    if (!check) continue;
    const context: RuleContext = {
      filename,
      files,
      source,
      language,
      pulumi,
      options,
      report(at, messageId, opts = {}) {
        const template = rule.meta.messages[messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${messageId}'`);
        let fix: Edit[] | undefined;
        const safety = opts.safety ?? rule.meta.fixSafety;
        if (opts.fix && safety !== 'none') {
          const edits = opts.fix();
          const list = edits ? (Array.isArray(edits) ? edits : [edits]) : [];
          fix = list.length > 0 ? list : undefined;
        }
        findings.push({
          rule: rule.meta.id,
          messageId,
          message: formatMessage(template, opts.data),
          severity: rule.meta.severity,
          start: at.start,
          end: at.end,
          safety: fix ? safety : 'none',
          fix,
        });
      },
    };
    try {
      check(context);
    } catch (error) {
      findings.push({
        rule: INTERNAL_RULE,
        messageId: 'crash',
        message: `rule ${rule.meta.id} failed on this file and was skipped: ${(error as Error).message}`,
        severity: 'error',
        start: 0,
        end: 0,
        safety: 'none',
      });
    }
  }
  return findings;
}

/**
 * One pass of every enabled rule over one parsed tree: the Pulumi view is
 * built once and shared, each rule reports into the same list. A Pulumi
 * project file (YAML) goes to the rules' `yaml` checks instead.
 */
import type { File } from '@babel/types';
import type { Tree } from 'web-tree-sitter';
import type { Document } from 'yaml';
import { PyPulumiFile } from '../pulumi/py/file';
import { TsPulumiFile } from '../pulumi/ts/file';
import { formatMessage, type FileView, type Finding, type Language, type Located, type ReportOptions, type Rule, type RuleContext, type RuleOptions, type YamlRuleContext } from '../rule';
import type { Edit } from '../text/edits';

export type ParsedCode = { language: 'ts'; ast: File } | { language: 'py'; tree: Tree } | { language: 'yaml'; document: Document.Parsed };

/** A finding produced by a rule that threw: reported, never fatal to the run. */
export const INTERNAL_RULE = 'internal-error';

/** The `report` a rule is given: it records the rule's findings, computing each fix it may apply. */
function reporter(rule: Rule, findings: Finding[]): (at: Located, messageId: string, opts?: ReportOptions) => void {
  return (at, messageId, opts = {}) => {
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
      ...(fix && opts.defer ? { deferred: true } : {}),
    });
  };
}

/** The check of each rule that applies to the parsed file, bound to its context. */
function checksFor(source: string, filename: string, parsed: ParsedCode, rules: readonly Rule[], options: RuleOptions, files: FileView, findings: Finding[]): [Rule, () => void][] {
  if (parsed.language === 'yaml') {
    return rules.flatMap((rule): [Rule, () => void][] => {
      const check = rule.yaml;
      if (!check) return [];
      const context: YamlRuleContext = { filename, files, source, document: parsed.document, options, report: reporter(rule, findings) };
      return [[rule, () => check(context)]];
    });
  }
  const pulumi = parsed.language === 'ts' ? new TsPulumiFile(source, parsed.ast) : new PyPulumiFile(source, parsed.tree);
  const language: Language = parsed.language;
  return rules.flatMap((rule): [Rule, () => void][] => {
    const check = language === 'ts' ? rule.ts : rule.py;
    if (!check) return [];
    const context: RuleContext = { filename, files, source, language, pulumi, options, report: reporter(rule, findings) };
    return [[rule, () => check(context)]];
  });
}

export function runRules(source: string, filename: string, parsed: ParsedCode, rules: readonly Rule[], options: RuleOptions, files: FileView): Finding[] {
  const findings: Finding[] = [];
  for (const [rule, check] of checksFor(source, filename, parsed, rules, options, files, findings)) {
    try {
      check();
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

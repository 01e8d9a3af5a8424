/**
 * Fixes one unit of code (a file, or one fenced block of a Markdown answer):
 * parse once → every rule reports → apply the fixes the safety level allows
 * → re-parse the result (which both verifies it and feeds the next pass) →
 * repeat until nothing changes, at most MAX_PASSES times. A pass whose output
 * does not parse is retried rule by rule and the culprit's fixes are dropped.
 */
import { NO_FILES, type FileView, type Finding, type Rule, type RuleOptions } from '../rule';
import { applyEdits, selectCompatible, type Edit } from '../text/edits';
import { positionOf } from '../text/layout';
import { dialectOf, parseTs, SyntaxProblem } from '../ts/parse';
import { parsePython } from '../python/parse';
import { parseYaml } from '../yaml/parse';
import { INTERNAL_RULE, runRules, type ParsedCode } from './run-rules';

export const MAX_PASSES = 10;

export interface CodeSettings {
  rules: readonly Rule[];
  /** apply fixes marked unsafe too */
  unsafe: boolean;
  options: RuleOptions;
  /** the files around this one, for rules that read them (default: none) */
  files?: FileView;
}

/** A finding located by line and column (1-based) in the code it was found in. */
export interface Reported {
  rule: string;
  messageId: string;
  message: string;
  severity: Finding['severity'];
  line: number;
  column: number;
  /** for findings left in the output: whether a fix exists that needs --unsafe */
  fixable?: 'unsafe';
}

export interface CodeResult {
  output: string;
  /** the fixes that were applied */
  fixed: Reported[];
  /** the findings still present in the output */
  remaining: Reported[];
}

/** 'yaml' stands for a Pulumi project file. */
export type CodeLanguage = 'ts' | 'py' | 'yaml';

export function parseCode(source: string, language: CodeLanguage, filename: string): ParsedCode {
  if (language === 'yaml') return { language, document: parseYaml(source) };
  return language === 'ts' ? { language, ast: parseTs(source, dialectOf(filename)) } : { language, tree: parsePython(source) };
}

function release(parsed: ParsedCode): void {
  if (parsed.language === 'py') parsed.tree.delete();
}

function locate(source: string, finding: Finding): Reported {
  const { line, column } = positionOf(source, finding.start);
  return { rule: finding.rule, messageId: finding.messageId, message: finding.message, severity: finding.severity, line, column };
}

function parses(source: string, language: CodeLanguage, filename: string): boolean {
  try {
    release(parseCode(source, language, filename));
    return true;
  } catch (error) {
    if (error instanceof SyntaxProblem) return false;
    throw error;
  }
}

/**
 * An offset in the text after the given passes' edits, mapped back to the
 * input: text a pass inserted maps to where it was inserted.
 */
function toOriginal(offset: number, passes: readonly Edit[][]): number {
  let at = offset;
  for (let i = passes.length - 1; i >= 0; i--) {
    let delta = 0;
    for (const edit of passes[i]) {
      const start = edit.start + delta;
      if (at < start) break;
      if (at < start + edit.text.length) {
        at = edit.start + delta;
        break;
      }
      delta += edit.text.length - (edit.end - edit.start);
    }
    at -= delta;
  }
  return at;
}

/** Throws SyntaxProblem when the input itself does not parse. */
export function fixCode(source: string, language: CodeLanguage, filename: string, settings: CodeSettings): CodeResult {
  let code = source;
  let parsed = parseCode(code, language, filename);
  const fixed: Reported[] = [];
  const disabled = new Set<string>();
  const brokenRules: Reported[] = [];
  let remaining: Finding[] = [];
  /** the edits of each pass so far, so that a fix found on a later pass is reported at its line in the input */
  const applied: Edit[][] = [];
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const rules = settings.rules.filter((r) => !disabled.has(r.meta.id));
      const findings = runRules(code, filename, parsed, rules, settings.options, settings.files ?? NO_FILES);
      const allowed = findings.filter((f) => f.fix && (f.safety === 'safe' || (f.safety === 'unsafe' && settings.unsafe)));
      // deferred fixes wait for a pass where nothing else applies (see ReportOptions.defer)
      const eager = allowed.filter((f) => !f.deferred);
      const applicable = eager.length > 0 ? eager : allowed;
      remaining = findings.filter((f) => !applicable.includes(f));
      if (applicable.length === 0) break;
      const chosen = selectCompatible(applicable.map((f) => ({ finding: f, edits: f.fix as Edit[] })));
      const next = applyEdits(code, chosen.flatMap((c) => c.edits));
      let nextParsed: ParsedCode;
      try {
        nextParsed = parseCode(next, language, filename);
      } catch (error) {
        if (!(error instanceof SyntaxProblem)) throw error;
        const before = disabled.size;
        for (const ruleId of new Set(chosen.map((c) => c.finding.rule))) {
          const own = chosen.filter((c) => c.finding.rule === ruleId).flatMap((c) => c.edits);
          if (!parses(applyEdits(code, own), language, filename)) {
            disabled.add(ruleId);
            brokenRules.push({ rule: INTERNAL_RULE, messageId: 'brokenFix', message: `the fix of ${ruleId} would not parse (${error.message}); its fixes were dropped`, severity: 'error', line: 1, column: 1 });
          }
        }
        if (disabled.size === before) break;
        continue;
      }
      for (const c of chosen) fixed.push(locate(source, { ...c.finding, start: toOriginal(c.finding.start, applied) }));
      applied.push(chosen.flatMap((c) => c.edits).sort((a, b) => a.start - b.start || a.end - b.end));
      release(parsed);
      parsed = nextParsed;
      code = next;
    }
  } finally {
    release(parsed);
  }
  const left = remaining.map((f) => {
    const reported = locate(code, f);
    return f.fix && f.safety === 'unsafe' ? { ...reported, fixable: 'unsafe' as const } : reported;
  });
  return { output: code, fixed, remaining: [...brokenRules, ...left] };
}

/**
 * `iacfix list`: every rule with its languages, severity, fix safety and
 * one-line description, read from the rules' own metadata.
 */
import type { Colors } from 'picocolors/types';
import type { Rule } from '../lib/rule';

const LANGUAGE_NAMES = { ts: 'TS/JS', py: 'Python', yaml: 'Pulumi.yaml' } as const;

export function safetyLabel(rule: Rule): string {
  if (rule.meta.fixSafety === 'unsafe') return 'unsafe (--unsafe)';
  if (rule.meta.fixSafety === 'none') return 'report only';
  return 'safe';
}

export function listRules(rules: readonly Rule[], format: 'pretty' | 'json', c: Colors): string {
  if (format === 'json') {
    return `${JSON.stringify(rules.map((r) => ({ id: r.meta.id, title: r.meta.title, description: r.meta.description, languages: r.meta.languages, severity: r.meta.severity, fixSafety: r.meta.fixSafety, sources: r.meta.sources })), null, 2)}\n`;
  }
  const rows = rules.map((r) => [r.meta.id, r.meta.languages.map((l) => LANGUAGE_NAMES[l]).join(', '), r.meta.severity, safetyLabel(r), r.meta.description]);
  const header = ['rule', 'languages', 'severity', 'fix', 'description'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return `${c.bold(line(header))}\n${rows.map(line).join('\n')}\n\n${rules.length} rules. Details of one: docs/rules/<rule>.md\n`;
}

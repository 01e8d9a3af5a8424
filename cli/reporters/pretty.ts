/**
 * The human report, in the manner of ESLint's "stylish": a block per file
 * with one line per finding, then a summary with counts per rule.
 */
import type { Colors } from 'picocolors/types';
import type { Reported } from '../../lib/pipeline/fix-code';
import type { FileReport, RunMode } from '../file-report';
import { summarize } from './summary';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : /(x|s|ch)$/.test(word) ? 'es' : 's'}`;
}

function findingLine(r: Reported, label: string, color: (s: string) => string, c: Colors): string {
  const where = `${r.line}:${r.column}`.padEnd(8);
  const note = r.fixable === 'unsafe' ? c.dim(' (fix available with --unsafe)') : '';
  return `  ${c.dim(where)} ${color(label.padEnd(10))} ${r.message}${note}  ${c.dim(r.rule)}`;
}

/** The per-file block; empty when the file has nothing to say. */
export function fileBlock(f: FileReport, mode: RunMode, c: Colors, quiet: boolean): string {
  const lines: string[] = [];
  if (f.error) {
    const where = f.error.kind === 'parse' ? `${f.path}:${f.error.line}:${f.error.column}` : f.path;
    return `${c.red('error')} ${where}: ${f.error.message}\n`;
  }
  const pending = mode.command === 'check' || mode.dryRun;
  if (!quiet) for (const r of f.fixes) lines.push(findingLine(r, pending ? 'fixable' : 'fixed', pending ? c.yellow : c.green, c));
  for (const r of f.problems) lines.push(findingLine(r, r.severity, r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.blue, c));
  if (!quiet) for (const s of f.skipped) lines.push(`  ${c.dim(`${s.line}:1`.padEnd(8))} ${c.dim('skipped'.padEnd(10))} ${c.dim(s.reason)}`);
  if (lines.length === 0) return '';
  return `${c.underline(f.path)}\n${lines.join('\n')}\n`;
}

export function summaryBlock(files: readonly FileReport[], mode: RunMode, c: Colors): string {
  const s = summarize(files);
  const rules = Object.entries(s.byRule)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  const pending = mode.command === 'check' || mode.dryRun;
  const fixes = pending ? `${plural(s.fixes, 'fix')} pending` : `${plural(s.fixes, 'fix')} applied`;
  const head = `${fixes} in ${plural(s.changed, 'file')}, ${plural(s.problems, 'problem')} left, ${plural(s.errors, 'error')} (${plural(s.files, 'file')} checked)`;
  const mark = s.errors > 0 ? c.red('✖') : s.fixes + s.problems > 0 ? c.yellow('!') : c.green('✔');
  return `\n${mark} ${head}${rules ? `\n  ${c.dim(rules)}` : ''}\n`;
}

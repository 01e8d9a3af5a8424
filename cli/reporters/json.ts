/**
 * The machine-readable report: one object on stdout.
 */
import type { FileReport, RunMode } from '../file-report';
import { summarize } from './summary';

export function jsonReport(files: readonly FileReport[], mode: RunMode): string {
  const entries = files.map((f) => ({
    path: f.path,
    language: f.language,
    changed: f.changed,
    error: f.error ? (f.error.kind === 'parse' ? `${f.error.line}:${f.error.column}: ${f.error.message}` : f.error.message) : null,
    fixes: f.fixes.map((r) => ({ rule: r.rule, line: r.line, column: r.column, message: r.message })),
    problems: f.problems.map((r) => ({ rule: r.rule, line: r.line, column: r.column, severity: r.severity, message: r.message, fixable: r.fixable ?? null })),
    skipped: f.skipped,
    ...(f.diff !== undefined ? { diff: f.diff } : {}),
  }));
  return `${JSON.stringify({ command: mode.command, dryRun: mode.dryRun, files: entries, summary: summarize(files) }, null, 2)}\n`;
}

/**
 * Counts shared by the reporters.
 */
import type { FileReport } from '../file-report';

export interface Summary {
  files: number;
  changed: number;
  fixes: number;
  problems: number;
  errors: number;
  byRule: Record<string, number>;
}

export function summarize(files: readonly FileReport[]): Summary {
  const byRule: Record<string, number> = {};
  for (const f of files) for (const r of [...f.fixes, ...f.problems]) byRule[r.rule] = (byRule[r.rule] ?? 0) + 1;
  return {
    files: files.length,
    changed: files.filter((f) => f.changed).length,
    fixes: files.reduce((n, f) => n + f.fixes.length, 0),
    problems: files.reduce((n, f) => n + f.problems.length, 0),
    errors: files.filter((f) => f.error).length,
    byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

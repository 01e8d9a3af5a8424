/**
 * Unified diffs for --dry-run, coloured like `git diff` when colour is on.
 */
import { createTwoFilesPatch } from 'diff';
import type { Colors } from 'picocolors/types';

export function unifiedDiff(path: string, before: string, after: string): string {
  const posix = path.split('\\').join('/').replace(/^\/+/, '');
  return createTwoFilesPatch(`a/${posix}`, `b/${posix}`, before, after, undefined, undefined, { context: 3 })
    .replace(/^=+\n/m, '')
    .replace(/^Index: .*\n/m, '');
}

export function colorDiff(diff: string, c: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      return line;
    })
    .join('\n');
}

/**
 * The read-only view of a file's neighbours on disk that rules may consult
 * (rules never open files themselves).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileView } from '../lib/rule';

export function diskView(filePath: string): FileView {
  return {
    complete: true,
    read(relativePath) {
      try {
        return readFileSync(join(dirname(filePath), relativePath), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * `iacfix explain <rule>`: the rule's docs page, in the terminal (headings
 * in bold, code in colour), like `ruff rule <code>`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Colors } from 'picocolors/types';

export const DOCS_DIR = join(__dirname, '..', '..', 'docs', 'rules');

export function renderDocsPage(markdown: string, c: Colors): string {
  let inCode = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^(```|~~~)/.test(line)) {
        inCode = !inCode;
        return c.dim(line);
      }
      if (inCode) return c.cyan(line);
      if (/^#{1,6} /.test(line)) return c.bold(line.replace(/^#+ /, ''));
      return line.replace(/`([^`]+)`/g, (_, code: string) => c.cyan(code));
    })
    .join('\n');
}

export function explain(id: string, c: Colors): string {
  return renderDocsPage(readFileSync(join(DOCS_DIR, `${id}.md`), 'utf8'), c);
}

/**
 * The real model answers in ../shared/corpus/llm-pulumi, read in place
 * (never copied into the project).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'llm-pulumi');

/** Every Markdown document of the corpus: MODEL_RESPONSE, IDEAL_RESPONSE, MODEL_FAILURES. */
export function corpusDocuments(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`the corpus is missing: expected ${CORPUS} (clone the project beside ../shared)`);
  const out: string[] = [];
  for (const family of readdirSync(CORPUS).sort()) {
    const familyDir = join(CORPUS, family);
    if (!family.startsWith('pulumi-')) continue;
    for (const task of readdirSync(familyDir).sort()) {
      for (const doc of readdirSync(join(familyDir, task)).sort()) if (doc.endsWith('.md')) out.push(join(familyDir, task, doc));
    }
  }
  return out;
}

/**
 * The real model answers in ../shared/corpus/llm-pulumi (IACFIX_CORPUS
 * overrides where), for the scripts that count what the rules do there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = process.env.IACFIX_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'llm-pulumi');

/** Every document of one kind (`MODEL_RESPONSE.md`, `IDEAL_RESPONSE.md`, ...), in a stable order. */
export function documents(kind: string): string[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}`);
  return readdirSync(CORPUS)
    .filter((f) => f.startsWith('pulumi-'))
    .flatMap((family) => readdirSync(join(CORPUS, family)).map((task) => join(CORPUS, family, task, kind)))
    .filter(existsSync)
    .sort();
}

/**
 * Counts over ../shared/corpus/llm-pulumi, for the closing notes and the
 * README: blocks per language (and how many parse), then per rule the fixes
 * and the reports on the model answers (MODEL_RESPONSE.md) and on the
 * corrected answers (IDEAL_RESPONSE.md, a false-positive proxy).
 * Run with `npm run corpus-report` (add `-- --unsafe` to apply unsafe fixes,
 * `-- --only id,id` to run some rules only, `-- --details` to print every
 * finding). IACFIX_CORPUS overrides where the corpus is.
 */
import { readFileSync } from 'node:fs';
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { findFencedBlocks } from '../lib/pipeline/markdown';
import { CORPUS, documents } from './corpus';
import type { Rule } from '../lib/rule';
import { selectRules } from '../lib/select-rules';

const KINDS = ['MODEL_RESPONSE.md', 'IDEAL_RESPONSE.md', 'MODEL_FAILURES.md'];

interface Tally {
  documents: number;
  blocks: Record<string, number>;
  skipped: number;
  changedDocuments: number;
  fixes: Record<string, number>;
  reports: Record<string, number>;
}

async function tally(kind: string, rules: readonly Rule[], unsafe: boolean, details: boolean): Promise<Tally> {
  const t: Tally = { documents: 0, blocks: {}, skipped: 0, changedDocuments: 0, fixes: {}, reports: {} };
  for (const path of documents(kind)) {
    const text = readFileSync(path, 'utf8');
    t.documents++;
    for (const b of findFencedBlocks(text).blocks) t.blocks[b.language] = (t.blocks[b.language] ?? 0) + 1;
    const result = await fixSourceAsync(text, 'answer.md', { rules, unsafe });
    t.skipped += result.skipped.length;
    if (result.changed) t.changedDocuments++;
    for (const f of result.fixed) t.fixes[f.rule] = (t.fixes[f.rule] ?? 0) + 1;
    for (const r of result.remaining) t.reports[r.rule] = (t.reports[r.rule] ?? 0) + 1;
    if (details) {
      for (const f of [...result.fixed.map((f) => ({ ...f, how: 'fix' })), ...result.remaining.map((r) => ({ ...r, how: 'report' }))]) {
        console.log(`${path.slice(CORPUS.length + 1)}:${f.line} ${f.how} ${f.rule}: ${f.message}`);
      }
    }
  }
  return t;
}

async function main(): Promise<void> {
  const unsafe = process.argv.includes('--unsafe');
  const only = process.argv.indexOf('--only');
  const rules = selectRules({ only: only === -1 ? undefined : process.argv[only + 1].split(',') });
  const tallies = new Map<string, Tally>();
  for (const kind of KINDS) tallies.set(kind, await tally(kind, rules, unsafe, process.argv.includes('--details')));
  for (const [kind, t] of tallies) {
    console.log(`${kind}: ${t.documents} documents, blocks ${JSON.stringify(t.blocks)}, ${t.skipped} blocks left alone (do not parse), ${t.changedDocuments} documents changed`);
  }
  const header = ['rule', ...KINDS.flatMap((k) => [`${k.replace('.md', '')} fixes`, 'reports'])];
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const rule of [...rules.map((r) => r.meta.id), 'internal-error']) {
    const cells = KINDS.flatMap((k) => {
      const t = tallies.get(k) as Tally;
      return [t.fixes[rule] ?? 0, t.reports[rule] ?? 0];
    });
    if (rule === 'internal-error' && cells.every((c) => c === 0)) continue;
    console.log(`| ${rule} | ${cells.join(' | ')} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

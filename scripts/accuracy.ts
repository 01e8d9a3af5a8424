/**
 * `npm run accuracy`: the schema rules over ../shared/corpus/llm-pulumi, for
 * the README's "Accuracy" section. Per language, on the model answers
 * (MODEL_RESPONSE.md): the schema findings before `iacfix fix` (one pass of
 * the schema rules over each parsed block), and after it (the same pass over
 * the blocks `iacfix fix` with every default rule wrote), so the difference is
 * what the fix repaired and what is left is reported. On the corrected
 * answers (IDEAL_RESPONSE.md), a false-positive proxy: the findings before
 * any fix. IACFIX_CORPUS overrides where the corpus is.
 */
import { readFileSync } from 'node:fs';
import { parseCode } from '../lib/pipeline/fix-code';
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { findFencedBlocks } from '../lib/pipeline/markdown';
import { documents } from './corpus';
import { runRules } from '../lib/pipeline/run-rules';
import { loadPython } from '../lib/python/parse';
import { NO_FILES, type Language } from '../lib/rule';
import { selectRules } from '../lib/select-rules';

const SCHEMA_RULES = ['unknown-resource-type', 'unknown-resource-property', 'apigateway-deployment-stage', 'data-source-renamed-field', 'depends-on-in-args'];

type Counts = Record<Language, { findings: number; blocks: number; blocksWithFindings: number }>;

const empty = (): Counts => ({ ts: { findings: 0, blocks: 0, blocksWithFindings: 0 }, py: { findings: 0, blocks: 0, blocksWithFindings: 0 } });

/** One pass of the schema rules over every block of a Markdown answer that parses. */
function schemaFindings(markdown: string, into: Counts, perRule: Record<string, number>): void {
  const rules = selectRules({ only: SCHEMA_RULES });
  for (const block of findFencedBlocks(markdown).blocks) {
    // the schema rules check programs, not Pulumi project files
    if (block.language === 'yaml') continue;
    let parsed;
    try {
      parsed = parseCode(block.code, block.language, block.filename);
    } catch {
      continue;
    }
    const findings = runRules(block.code, block.filename, parsed, rules, {}, NO_FILES);
    if (parsed.language === 'py') parsed.tree.delete();
    const counts = into[block.language];
    counts.blocks++;
    counts.findings += findings.length;
    if (findings.length > 0) counts.blocksWithFindings++;
    for (const f of findings) perRule[f.rule] = (perRule[f.rule] ?? 0) + 1;
  }
}

async function main(): Promise<void> {
  await loadPython();
  const allRules = selectRules();
  const before = empty();
  const after = empty();
  const ideal = empty();
  const rules = { before: {} as Record<string, number>, after: {} as Record<string, number>, ideal: {} as Record<string, number> };
  for (const path of documents('MODEL_RESPONSE.md')) {
    const text = readFileSync(path, 'utf8');
    schemaFindings(text, before, rules.before);
    const fixed = await fixSourceAsync(text, 'answer.md', { rules: allRules, unsafe: false });
    schemaFindings(fixed.output, after, rules.after);
  }
  for (const path of documents('IDEAL_RESPONSE.md')) schemaFindings(readFileSync(path, 'utf8'), ideal, rules.ideal);

  console.log('| language | blocks | schema findings before fix | after fix (reported) | repaired by fix | blocks with findings before → after | findings on the corrected answers (blocks) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const language of ['ts', 'py'] as const) {
    const [b, a, i] = [before[language], after[language], ideal[language]];
    console.log(`| ${language === 'ts' ? 'TypeScript/JavaScript' : 'Python'} | ${b.blocks} | ${b.findings} | ${a.findings} | ${b.findings - a.findings} | ${b.blocksWithFindings} → ${a.blocksWithFindings} | ${i.findings} (${i.blocksWithFindings} of ${i.blocks}) |`);
  }
  console.log('\n| rule | before | after | corrected answers |\n|---|---|---|---|');
  for (const id of SCHEMA_RULES) console.log(`| ${id} | ${rules.before[id] ?? 0} | ${rules.after[id] ?? 0} | ${rules.ideal[id] ?? 0} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

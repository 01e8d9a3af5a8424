/**
 * Robustness over real model output: every rule over every Markdown answer of
 * the corpus (and so over every TS/JS/Python block in it). No crash, every
 * block that parsed still parses, a second run changes nothing, and the prose
 * outside the code blocks is byte-identical.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseCode } from '../lib/pipeline/fix-code';
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { findFencedBlocks, type FencedBlock } from '../lib/pipeline/markdown';
import { loadPython } from '../lib/python/parse';
import { rules } from '../transforms';
import { CORPUS, corpusDocuments } from './helpers/corpus';

beforeAll(() => loadPython());

function parses(block: FencedBlock): boolean {
  try {
    const parsed = parseCode(block.code, block.language, block.filename);
    if (parsed.language === 'py') parsed.tree.delete();
    return true;
  } catch {
    return false;
  }
}

function prose(text: string, blocks: readonly FencedBlock[]): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const b of blocks) {
    out.push(text.slice(cursor, b.start));
    cursor = b.end;
  }
  out.push(text.slice(cursor));
  return out;
}

const documents = corpusDocuments();
const settings = { rules, unsafe: true };

it('finds the corpus', () => {
  expect(documents.length).toBeGreaterThan(300);
});

describe.each(documents.map((d) => [relative(CORPUS, d), d]))('%s', (_name, path) => {
  it('is fixed without damage, and a second run changes nothing', async () => {
    const text = readFileSync(path, 'utf8');
    const first = await fixSourceAsync(text, 'answer.md', settings);
    // the pipeline reads a CRLF answer with LF line ends (and restores them): so does the comparison
    const lf = (s: string) => s.replace(/\r\n/g, '\n');
    const before = findFencedBlocks(lf(text)).blocks;
    const after = findFencedBlocks(lf(first.output)).blocks;
    expect(after.length).toBe(before.length);
    expect(prose(lf(first.output), after)).toEqual(prose(lf(text), before));
    before.forEach((block, i) => {
      if (parses(block)) expect(parses(after[i])).toBe(true);
      else expect(after[i].code).toBe(block.code);
    });
    expect(first.remaining.filter((r) => r.rule === 'internal-error')).toEqual([]);
    const second = await fixSourceAsync(first.output, 'answer.md', settings);
    expect(second.output).toBe(first.output);
  });
});

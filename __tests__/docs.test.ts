/**
 * Every rule has its page, with the fixed headings, and the page cannot drift
 * from the code: iacfix turns each Example block into the matching Fixed block.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockView, fixSourceAsync } from '../lib/pipeline/fix-source';
import { findFencedBlocks } from '../lib/pipeline/markdown';
import { rules } from '../transforms';

const HEADINGS = ['What it fixes', 'Why it fails', 'Example', 'Fixed', 'Fix safety', 'Fact and source'];
const DOCS = join(__dirname, '..', 'docs', 'rules');

function section(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const next = page.indexOf('\n## ', start + heading.length + 4);
  return page.slice(start, next === -1 ? undefined : next);
}

describe.each(rules.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const path = join(DOCS, `${id}.md`);

  it('exists with the fixed headings, in order', () => {
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    const positions = HEADINGS.map((h) => page.indexOf(`\n## ${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('Example becomes Fixed, for every language of the rule', async () => {
    const page = readFileSync(path, 'utf8');
    const examples = findFencedBlocks(section(page, 'Example')).blocks;
    const fixedBlocks = findFencedBlocks(section(page, 'Fixed')).blocks;
    expect(examples.length).toBeGreaterThan(0);
    expect(fixedBlocks.length).toBe(examples.length);
    expect(new Set(examples.map((b) => b.language))).toEqual(new Set(rule.meta.languages));
    for (const [i, example] of examples.entries()) {
      // the other Example blocks are the files around this one, as in a Markdown answer
      const files = blockView(examples, example);
      const result = await fixSourceAsync(example.code, example.filename, { rules: [rule], unsafe: rule.meta.fixSafety === 'unsafe', files });
      if (rule.meta.fixSafety === 'none') {
        expect(result.remaining.some((r) => r.rule === id)).toBe(true);
        expect(result.output).toBe(fixedBlocks[i].code);
      } else {
        expect(result.output).toBe(fixedBlocks[i].code);
      }
    }
  });
});

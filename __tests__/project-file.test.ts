/**
 * Pulumi project files (`Pulumi.yaml`) as a kind of file of their own: known
 * by name (other YAML is not Pulumi's), found when folders are walked, taken
 * from a Markdown answer only when a block is named so, parsed with source
 * ranges, and given to the rules' `yaml` checks only.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { discover } from '../cli/discover';
import { fixSourceAsync, languageOf } from '../lib/pipeline/fix-source';
import { findFencedBlocks } from '../lib/pipeline/markdown';
import { rules } from '../transforms';

const PROJECT = 'name: tap\nruntime: nodejs\nconfig:\n  aws:region:\n    default: us-east-1 # CI region\n';
const FIXED = 'name: tap\nruntime: nodejs\nconfig:\n  aws:region:\n    value: us-east-1 # CI region\n';

it('knows Pulumi.yaml by its name, and no other YAML file', () => {
  expect(['Pulumi.yaml', 'infra/Pulumi.yml', 'C:\\work\\Pulumi.yaml'].map(languageOf)).toEqual(['yaml', 'yaml', 'yaml']);
  expect(['Pulumi.dev.yaml', '.github/workflows/ci.yml', 'buildspec.yaml'].map(languageOf)).toEqual([undefined, undefined, undefined]);
});

it('finds Pulumi.yaml when walking a folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iacfix-project-'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, 'Pulumi.yaml'), PROJECT);
  writeFileSync(join(dir, 'Pulumi.dev.yaml'), 'config:\n  aws:region: us-east-1\n');
  writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\n');
  const found: string[] = [];
  for await (const entry of discover([dir])) found.push(relative(dir, entry.path));
  expect(found).toEqual(['Pulumi.yaml']);
});

it('takes a yaml block of a Markdown answer only when it is named Pulumi.yaml, without renumbering the other blocks', () => {
  const md = ['## File: Pulumi.yaml', '', '```yaml', 'name: a', '```', '', '```yaml', 'on: push', '```', '', '```yaml infra/Pulumi.yaml', 'name: b', '```', '', '```ts', 'x', '```', ''].join('\n');
  expect(findFencedBlocks(md).blocks.map((b) => [b.language, b.filename])).toEqual([
    ['yaml', 'Pulumi.yaml'],
    ['yaml', 'infra/Pulumi.yaml'],
    ['ts', 'block-1.ts'],
  ]);
});

it('fixes a project file, in a file and in an answer, with the yaml rules only', async () => {
  const alone = await fixSourceAsync(PROJECT, 'Pulumi.yaml', { rules });
  expect(alone.output).toBe(FIXED);
  expect(alone.fixed.map((f) => f.rule)).toEqual(['pulumi-yaml']);
  const answer = await fixSourceAsync(`### Pulumi.yaml\n\n\`\`\`yaml\n${PROJECT}\`\`\`\n`, 'answer.md', { rules });
  expect(answer.output).toBe(`### Pulumi.yaml\n\n\`\`\`yaml\n${FIXED}\`\`\`\n`);
});

it('leaves a project file that does not parse as it was, with the parse error', async () => {
  const broken = 'name: tap\nconfig: [\n';
  const result = await fixSourceAsync(broken, 'Pulumi.yaml', { rules });
  expect(result.output).toBe(broken);
  expect(result.error?.line).toBeGreaterThan(0);
});

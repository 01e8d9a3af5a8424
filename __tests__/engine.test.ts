/**
 * The pipeline's guarantees, with small rules made up for the test: a fix
 * that would not parse is dropped and reported, a rule that throws is
 * reported and the others still run, fixes are repeated until nothing
 * changes, and rules see the files around theirs.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineRule } from '../lib/define-rule';
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { detectAwsProvider, majorOf } from '../lib/pipeline/provider-version';
import type { Rule, RuleMeta } from '../lib/rule';
import { replaceRange } from '../lib/text/edits';

function meta(id: string): RuleMeta {
  return { id, title: id, description: id, languages: ['ts', 'py'], severity: 'error', fixSafety: 'safe', messages: { m: 'message {{x}}' }, fact: 'none', sources: [] };
}

const breaker: Rule = defineRule({
  meta: meta('breaker'),
  ts: ({ source, report }) => report({ start: 0, end: 1 }, 'm', { fix: () => replaceRange(0, source.length, 'const = ;') }),
});

const thrower: Rule = defineRule({
  meta: meta('thrower'),
  ts: () => {
    throw new Error('boom');
  },
});

/** Renames one `aaa` per pass, so it takes several passes to finish. */
const stepper: Rule = defineRule({
  meta: meta('stepper'),
  ts: ({ source, report }) => {
    const at = source.indexOf('aaa');
    if (at !== -1) report({ start: at, end: at + 3 }, 'm', { data: { x: at }, fix: () => replaceRange(at, at + 3, 'b') });
  },
});

const reader: Rule = defineRule({
  meta: meta('reader'),
  ts: ({ files, report }) => {
    const other = files.read('./other.ts');
    if (other !== undefined) report({ start: 0, end: 0 }, 'm', { data: { x: other.trim() } });
  },
});

it('drops a fix whose output does not parse, reports it, and leaves the code as it was', async () => {
  const result = await fixSourceAsync('const a = 1;\n', 'x.ts', { rules: [breaker] });
  expect(result.output).toBe('const a = 1;\n');
  expect(result.remaining).toEqual([expect.objectContaining({ rule: 'internal-error', message: expect.stringMatching(/fix of breaker would not parse/) })]);
});

it('reports a rule that throws and still runs the others', async () => {
  const result = await fixSourceAsync('aaa;\n', 'x.ts', { rules: [thrower, stepper] });
  expect(result.output).toBe('b;\n');
  expect(result.remaining).toEqual([expect.objectContaining({ rule: 'internal-error', message: expect.stringMatching(/thrower failed.*boom/) })]);
});

it('repeats passes until nothing changes', async () => {
  const result = await fixSourceAsync('aaa + aaa + aaa;\n', 'x.ts', { rules: [stepper] });
  expect(result.output).toBe('b + b + b;\n');
  expect(result.fixed.map((f) => f.message)).toEqual(['message 0', 'message 4', 'message 8']);
});

/** Inserts two lines at the top on its first pass; renames `aaa` on the second. */
const shifter: Rule = defineRule({
  meta: meta('shifter'),
  ts: ({ source, report }) => {
    if (!source.startsWith('// 1')) report({ start: 0, end: 0 }, 'm', { fix: () => replaceRange(0, 0, '// 1\n// 2\n') });
    else if (source.includes('aaa')) report({ start: source.indexOf('aaa'), end: source.indexOf('aaa') + 3 }, 'm', { fix: () => replaceRange(source.indexOf('aaa'), source.indexOf('aaa') + 3, 'b') });
  },
});

it('reports a fix found on a later pass at its line in the input', async () => {
  const result = await fixSourceAsync('x;\naaa;\n', 'x.ts', { rules: [shifter] });
  expect(result.output).toBe('// 1\n// 2\nx;\nb;\n');
  expect(result.fixed.map((f) => [f.line, f.column])).toEqual([[1, 1], [2, 1]]);
});

it('lets rules read the other blocks of a Markdown answer, by the names their headings give', async () => {
  const md = '## lib/other.ts\n\n```ts\nexport const x = 1;\n```\n\n## lib/main.ts\n\n```ts\nimport "./other";\n```\n';
  const result = await fixSourceAsync(md, 'a.md', { rules: [reader] });
  expect(result.remaining.map((r) => r.message)).toEqual(['message export const x = 1;']);
});

it('gives rules no files on stdin-like input', async () => {
  const result = await fixSourceAsync('import "./other";\n', 'main.ts', { rules: [reader] });
  expect(result.remaining).toEqual([]);
});

describe('the AWS provider version', () => {
  it.each([
    ['^6.0.0', 6],
    ['~7.10.0', 7],
    ['>=6,<7', 6],
    ['<7', 6],
    ['==7.2.0', 7],
    ['>=5.0.0', undefined],
    ['*', undefined],
  ])('%s → %s', (spec, major) => expect(majorOf(spec)).toBe(major));

  it('comes from the nearest manifest that names the provider', () => {
    const root = mkdtempSync(join(tmpdir(), 'iacfix-provider-'));
    mkdirSync(join(root, 'ts', 'lib'), { recursive: true });
    mkdirSync(join(root, 'py', 'infra'), { recursive: true });
    mkdirSync(join(root, 'toml'), { recursive: true });
    writeFileSync(join(root, 'ts', 'package.json'), JSON.stringify({ dependencies: { '@pulumi/aws': '^6.83.0' } }));
    writeFileSync(join(root, 'py', 'requirements.txt'), 'pulumi>=3.0.0,<4.0.0\npulumi-aws>=7.0.0,<8.0.0\n');
    writeFileSync(join(root, 'toml', 'pyproject.toml'), '[project]\ndependencies = ["pulumi_aws==6.50.0"]\n');
    expect(detectAwsProvider(join(root, 'ts', 'lib', 'stack.ts'))).toBe(6);
    expect(detectAwsProvider(join(root, 'py', 'infra', '__main__.py'))).toBe(7);
    expect(detectAwsProvider(join(root, 'toml', 'main.py'))).toBe(6);
  });
});
